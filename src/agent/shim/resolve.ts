import {
  accessSync,
  constants,
  openSync,
  readSync,
  closeSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';

/** Written into every shim: how the guard tells a shim from the real binary. */
export const SHIM_MARKER = '# destroy-guard shim';

/** Used when PATH is unset or empty, as a shell would. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** True when `file` is a shim written by `destroy-guard shim`. */
export function isShimFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(512);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8').includes(SHIM_MARKER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function sameDir(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** The directories of a PATH value, as the shell searches them ('' is the current directory). */
function pathDirs(value: string | undefined, cwd: string): string[] {
  const text = value === undefined || value === '' ? DEFAULT_PATH : value;
  return text.split(':').map((dir) => path.resolve(cwd, dir === '' ? '.' : dir));
}

/** The first executable `name` on PATH, whatever it is (a shim or the real binary). */
export function firstOnPath(
  name: string,
  value: string | undefined,
  cwd: string,
): string | undefined {
  for (const dir of pathDirs(value, cwd)) {
    const file = path.join(dir, name);
    if (isExecutableFile(file)) return file;
  }
  return undefined;
}

/**
 * The real `name`: the first executable on PATH that is neither in the shim's own directory nor
 * another shim, so a shim never runs itself or a copy of itself.
 */
export function realBinary(
  name: string,
  shimDir: string,
  value: string | undefined,
  cwd: string,
): string | undefined {
  for (const dir of pathDirs(value, cwd)) {
    if (sameDir(dir, shimDir)) continue;
    const file = path.join(dir, name);
    if (isExecutableFile(file) && !isShimFile(file)) return file;
  }
  return undefined;
}
