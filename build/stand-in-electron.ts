// A stand-in for an unpacked Electron folder, for offline `electron-builder --linux dir` builds
// (the real Electron binary cannot be downloaded on the build machines).
//
// All a Linux `dir` build needs from it is the `electron` executable, which electron-builder
// renames to `linux.executableName` and then flips the `electronFuses` in. So the stand-in
// carries a real fuse wire, laid out the way Electron lays it out in its binary and the way
// @electron/fuses searches for it (https://www.electronjs.org/docs/latest/tutorial/fuses):
//
//   | sentinel | version (1 byte) | wire length (1 byte) | one byte per fuse: '0' off, '1' on |
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The marker Electron puts right before its fuse wire. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_WIRE_VERSION = 1;

/**
 * The wire of a freshly downloaded Electron: the eight V1 fuses at the defaults in Electron's
 * build/fuses/fuses.json5, then a ninth, wasmTrapHandlers (on), that newer Electron majors add
 * and that @electron/fuses 1.8 has no name for, so packaging must leave it as it is.
 */
export const STAND_IN_DEFAULT_WIRE = '101100011';

/** Writes `<dir>/electron`: a script that refuses to run, followed by the fuse wire. */
export async function makeStandInElectron(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const executable = path.join(dir, 'electron');
  await writeFile(
    executable,
    Buffer.concat([
      // The script exits before the shell reads the wire, which sits on a comment line.
      Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary, not runnable" >&2\nexit 1\n'),
      Buffer.from(`# fuse wire: ${FUSE_SENTINEL}`, 'latin1'),
      Buffer.from([FUSE_WIRE_VERSION, STAND_IN_DEFAULT_WIRE.length]),
      Buffer.from(`${STAND_IN_DEFAULT_WIRE}\n`, 'latin1'),
    ]),
  );
  await chmod(executable, 0o755);
  return dir;
}
