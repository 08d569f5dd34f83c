/** What the simulated TOPdesk answers one request: a status, a body and its headers. */
export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** TOPdesk's error body: a JSON array of `{message}` (docs/sources.md, "TOPdesk"). */
export function errorReply(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Reply {
  return { status, body: JSON.stringify([{ message }]), headers };
}
