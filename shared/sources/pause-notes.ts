/**
 * The timeline's notes for pausing and resuming a source: Dutch, as every summary
 * (docs/formats.md), with the coordinator's reason after a colon. The action that writes
 * them makes them one line.
 */
export const pauseNotes = {
  paused: (sourceId: string, reason?: string) => {
    const said = reason?.trim() ?? '';
    return said === '' ? `Bron ${sourceId} gepauzeerd` : `Bron ${sourceId} gepauzeerd: ${said}`;
  },
  resumed: (sourceId: string) => `Bron ${sourceId} hervat`,
};
