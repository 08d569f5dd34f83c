/** The value below which `share` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export const thousands = (value: number) => Math.round(value).toLocaleString('en');
