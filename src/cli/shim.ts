import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeShims } from '../agent/shim/install.js';
import { runShim } from '../agent/shim/run.js';
import { UserError } from '../util/errors.js';
import { EXIT_OK, type Command } from './io.js';

export const SHIM_USAGE = `Usage: destroy-guard shim DIR
  Writes terraform, tofu, terragrunt and the cloud CLIs' shims into DIR. Put DIR first on the
  agent's PATH: every run of those programs, by any route, is then judged by destroy-guard.`;

/** `destroy-guard shim DIR` writes the shims; the shims call `shim --exec NAME --dir DIR -- ARGS`. */
export const shimCommand: Command = async (args, io) => {
  if (args[0] === '--exec') return execShim(args, io);
  if (args.length !== 1 || (args[0] ?? '').startsWith('-')) {
    throw new UserError(`shim: give one directory: destroy-guard shim DIR\n${SHIM_USAGE}`);
  }
  const dir = path.resolve(io.cwd, args[0] ?? '');
  const names = writeShims(dir, { node: process.execPath, script: entryScript() });
  io.stdout(
    `destroy-guard: wrote ${names.join(', ')} into ${dir}; put it first on the agent's PATH (PATH=${dir}:$PATH)\n`,
  );
  return EXIT_OK;
};

async function execShim(args: readonly string[], io: Parameters<Command>[1]): Promise<number> {
  const dashes = args.indexOf('--');
  const name = args[1];
  const dir = args[2] === '--dir' ? args[3] : undefined;
  if (name === undefined || dir === undefined || dashes !== 4) {
    throw new UserError('shim: this shim is damaged; write it again with destroy-guard shim DIR');
  }
  // The terminal's Ctrl-C reaches terraform too: let it finish, and report how it ended.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  return runShim({
    name,
    shimDir: dir,
    args: args.slice(dashes + 1),
    env: process.env,
    cwd: io.cwd,
    stderr: io.stderr,
  });
}

/** The script a shim runs: this command's own entry point, as installed. */
function entryScript(): string {
  const started = process.argv[1];
  const candidate = started === undefined ? fileURLToPath(import.meta.url) : path.resolve(started);
  try {
    return realpathSync(candidate);
  } catch {
    return candidate;
  }
}
