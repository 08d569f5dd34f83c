/** Slack's answers are a word (`ok`, `no_service`); more than this is not Slack's. */
const MAX_ANSWER_BYTES = 2_048;

/** The start of the answer's body; the rest is not read, so a huge body costs nothing. */
export async function readAnswer(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  while (bytes < MAX_ANSWER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES));
}

/**
 * Why a request got no answer, from the error's code only: fetch's messages and causes may
 * quote the URL, and the URL of a webhook is its secret.
 */
export function requestProblem(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer within ${formatSeconds(timeoutMs)}`;
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host name not found (${code})`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `connection reset (${code})`;
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
    return `TLS certificate not accepted (${code})`;
  return code ? `network error (${code})` : 'network error';
}

function causeCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(cause.code)) return cause.code;
  const own = (error as { code?: unknown } | null)?.code;
  return typeof own === 'string' && /^[A-Z0-9_]{1,40}$/.test(own) ? own : null;
}

export function formatSeconds(ms: number): string {
  return ms % 1_000 === 0 ? `${ms / 1_000} s` : `${ms} ms`;
}
