export function findElectronBinary(
  env?: Readonly<Record<string, string | undefined>>,
  root?: string,
): string | null;
export const MISSING_ELECTRON: string;
