import path from 'node:path';
import { z } from 'zod';
import { viewNames, type ViewName } from '../../shared/ipc/views.ts';
import { parseLaunchOptions } from './launch-options.ts';

/**
 * What a second launch tells the running app (`app.requestSingleInstanceLock(data)`): the view
 * it was asked for and the config it was given. Sent as data rather than read from its argv,
 * which Chromium may reorder and which Windows leaves out for another user's launch.
 */
const secondLaunchSchema = z.strictObject({
  view: z.enum(viewNames),
  configFile: z.string().max(4096).nullable(),
});
export type SecondLaunch = z.infer<typeof secondLaunchSchema>;

/** The data this start hands to the running app, should there be one; the config by full path. */
export function secondLaunchData(view: ViewName, configFile: string | null): SecondLaunch {
  return { view, configFile: configFile ? path.resolve(configFile) : null };
}

export interface SecondLaunchAnswer {
  /** The view to open or bring to the front. */
  readonly view: ViewName;
  /** A line for the log when the second launch asked for a config this app is not running on. */
  readonly note: string | null;
}

/**
 * What the running app does about a second launch (Electron's `second-instance` event): open
 * or focus the view it asked for; a config it named is not switched to — one app polls one
 * config — but logged, pointing at File > Open configuration….
 */
export function answerSecondLaunch(
  data: unknown,
  argv: readonly string[],
  workingDirectory: string,
  runningConfig: string | null,
): SecondLaunchAnswer {
  const parsed = secondLaunchSchema.safeParse(data);
  const launch = parsed.success ? parsed.data : fromArgv(argv.slice(1), workingDirectory);
  const asked = launch.configFile;
  const note =
    asked && asked !== runningConfig
      ? `Dijkwacht: a second start asked for the configuration ${asked}; this app keeps running on ${runningConfig ?? 'the demo'} (use File > Open configuration… to switch)`
      : null;
  return { view: launch.view, note };
}

function fromArgv(argv: readonly string[], workingDirectory: string): SecondLaunch {
  // The environment is the first app's, not the second's: only the arguments count here.
  const options = parseLaunchOptions(argv, {});
  const configFile = options.configFile ? path.resolve(workingDirectory, options.configFile) : null;
  return { view: options.view, configFile };
}
