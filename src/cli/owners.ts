import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  formatOwner,
  parseCodeowners,
} from '../codeowners/index.js';
import type { Codeowners, CodeownersError, OwnerMatch } from '../codeowners/index.js';
import { errorCode, errorMessage } from '../util/errors.js';
import { EXIT_OK, EXIT_USAGE, type CliIo, type Command } from './io.js';

export const OWNERS_USAGE = `Usage: destroy-guard owners --codeowners FILE PATH... [--json]
  --codeowners FILE  the CODEOWNERS file to read (GitHub uses the first of
                     ${CODEOWNERS_LOCATIONS.join(', ')})
  --json             print { "version": 1, "paths": [...], "errors": [...] }
Prints the owners GitHub would assign to each repository path and the line that decides.
Paths are case-sensitive; end a directory with "/" (infra/db/) to ask about the directory.`;

/** Version of the `--json` document; bump it when a field changes meaning. */
const JSON_VERSION = 1;

/** Longest part of an invalid line quoted in a warning: a 3 MB line stays one line. */
const MAX_QUOTED = 200;

/** `destroy-guard owners`: which CODEOWNERS line decides each path, for debugging the file. */
export const ownersCommand: Command = async (args, io) => {
  let values: { codeowners?: string; json?: boolean; help?: boolean };
  let paths: string[];
  try {
    ({ values, positionals: paths } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        codeowners: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usage(io, `${usageProblem(error)}; see destroy-guard owners --help`);
  }
  if (values.help === true) {
    io.stdout(`${OWNERS_USAGE}\n`);
    return EXIT_OK;
  }
  const file = values.codeowners;
  if (file === undefined || file === '') {
    return usage(
      io,
      'no CODEOWNERS file given; pass --codeowners .github/CODEOWNERS (or wherever yours is)',
    );
  }
  if (paths.length === 0) {
    return usage(
      io,
      `no paths given; name the repository paths to look up, e.g. destroy-guard owners --codeowners ${file} infra/main.tf`,
    );
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    return usage(io, readProblem(file, error));
  }
  if (bytes.length >= CODEOWNERS_MAX_BYTES) {
    warn(
      io,
      `${file} is 3 MB or more, which GitHub does not load: on GitHub it assigns no owners; shrink it`,
    );
  }
  const codeowners = parseCodeowners(bytes.toString('utf8'));
  for (const error of codeowners.errors) warn(io, describeError(file, error));
  io.stdout(values.json === true ? renderJson(codeowners, paths) : renderText(codeowners, paths));
  return EXIT_OK;
};

function renderText(codeowners: Codeowners, paths: readonly string[]): string {
  return paths.map((path) => `${path}: ${describeMatch(codeowners.ownersOf(path))}\n`).join('');
}

function describeMatch(match: OwnerMatch): string {
  if (match.rule === undefined) return 'no owner (no rule matches)';
  if (match.owners.length === 0) return `no owner (line ${match.rule.line} clears ownership)`;
  return `${match.owners.map(formatOwner).join(' ')} (line ${match.rule.line})`;
}

function renderJson(codeowners: Codeowners, paths: readonly string[]): string {
  const document = {
    version: JSON_VERSION,
    paths: paths.map((path) => {
      const match = codeowners.ownersOf(path);
      return { path, owners: match.owners.map(formatOwner), line: match.rule?.line ?? null };
    }),
    errors: codeowners.errors.map(({ line, text, reason }) => ({ line, text, reason })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function describeError(file: string, error: CodeownersError): string {
  const text = error.text.trim();
  const quoted = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  // GitHub skips an invalid line and uses the rest of the file (docs/github.md "CODEOWNERS").
  return `${file}:${error.line}: ${error.reason}; GitHub skips this line: ${quoted}`;
}

function readProblem(file: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `cannot read ${file}: no such file; pass the path of your CODEOWNERS file (GitHub reads ${CODEOWNERS_LOCATIONS.join(', ')})`;
    case 'EISDIR':
      return `${file} is a directory; pass the CODEOWNERS file inside it`;
    case 'EACCES':
      return `cannot read ${file}: permission denied; make it readable or pass another copy`;
    default:
      return `cannot read ${file}: ${errorMessage(error).split('\n')[0] ?? ''}`;
  }
}

/** parseArgs errors are multi-sentence; keep the first line and name the option plainly. */
function usageProblem(error: unknown): string {
  const message = errorMessage(error).split('\n')[0] ?? '';
  const option = /'([^']+)'/u.exec(message)?.[1];
  switch (errorCode(error)) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return option === undefined ? message : `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option === undefined ? message : `${option.split(' ')[0] ?? option} needs a value`;
    default:
      return message;
  }
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`destroy-guard owners: ${problem}\n`);
  return EXIT_USAGE;
}

function warn(io: CliIo, message: string): void {
  io.stderr(`destroy-guard owners: warning: ${message}\n`);
}
