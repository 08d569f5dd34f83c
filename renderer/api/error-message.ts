/**
 * The message of a rejected IPC call as people should read it. ipcRenderer.invoke wraps the
 * handler's error as "Error invoking remote method 'channel': Error: …"; only the "…" is ours.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}
