import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StartOptions } from '../start-services.ts';

/**
 * A seat of its own for a test: a fresh data folder with its own timeline, and exports saved
 * into it without a dialog (`exports/` keeps the suggested name).
 */
export async function testSeat(): Promise<
  Pick<StartOptions, 'store' | 'dataDir' | 'chooseExportFile'>
> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-seat-'));
  return {
    dataDir,
    store: path.join(dataDir, 'timeline.sqlite'),
    chooseExportFile: async (suggestedName) => path.join(dataDir, suggestedName),
  };
}
