import { chmodSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../util/errors.js';
import { GUARDED_PROGRAMS } from '../judge/program.js';
import { isShimFile, SHIM_MARKER } from './resolve.js';

export interface ShimTarget {
  /** Absolute path of the node that runs destroy-guard. */
  readonly node: string;
  /** Absolute path of destroy-guard's entry script. */
  readonly script: string;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The shim for one program: a POSIX sh script that hands its arguments to destroy-guard. Both
 * paths are absolute, fixed when the shim is written, so it works whatever PATH the agent has.
 */
function shimScript(name: string, dir: string, target: ShimTarget): string {
  return [
    '#!/bin/sh',
    `${SHIM_MARKER}: \`${name}\` runs through destroy-guard (docs/agent-guard.md).`,
    '# Written by `destroy-guard shim DIR`; run that again after moving node or destroy-guard.',
    `exec ${quote(target.node)} ${quote(target.script)} shim --exec ${quote(name)} --dir ${quote(dir)} -- "$@"`,
    '',
  ].join('\n');
}

/** Writes the shims into `dir` (created if missing); returns the names written. */
export function writeShims(dir: string, target: ShimTarget): readonly string[] {
  const absolute = path.resolve(dir);
  for (const file of [target.node, target.script]) {
    if (!path.isAbsolute(file) || !existsSync(file))
      throw new UserError(
        `shim: cannot find ${file}; run destroy-guard from its installed location`,
      );
  }
  try {
    mkdirSync(absolute, { recursive: true });
  } catch (error) {
    throw new UserError(
      `shim: cannot create ${absolute} (${String(error)}); choose a directory you can write`,
    );
  }
  for (const name of GUARDED_PROGRAMS) {
    const file = path.join(absolute, name);
    if (existsSync(file) && !isShimFile(file)) {
      throw new UserError(
        `shim: ${file} exists and is not a destroy-guard shim; choose an empty directory for the shims, not one that holds the real ${name}`,
      );
    }
  }
  for (const name of GUARDED_PROGRAMS) {
    const file = path.join(absolute, name);
    // Written beside and renamed over, so a shim running right now never reads half a file.
    writeFileSync(`${file}.tmp`, shimScript(name, absolute, target), { mode: 0o755 });
    chmodSync(`${file}.tmp`, 0o755);
    renameSync(`${file}.tmp`, file);
  }
  return GUARDED_PROGRAMS;
}
