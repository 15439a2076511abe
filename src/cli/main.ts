import { createRequire } from 'node:module';
import { errorCode, errorMessage, UserError } from '../util/errors.js';
import { ASSESS_USAGE, assessCommand } from './assess.js';
import { EXIT_OK, EXIT_USAGE, type CliIo, type Command } from './io.js';

/**
 * `assess` is in the bundle's first piece; the other commands load when run (src/cli/tools.ts),
 * so the guard before every apply starts without them (docs/design.md section 10).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  assess: () => Promise.resolve(assessCommand),
  owners: async () => (await import('./tools.js')).ownersCommand,
  catalog: async () => (await import('./tools.js')).catalogCommand,
  hook: async () => (await import('./tools.js')).hookCommand,
  shim: async () => (await import('./tools.js')).shimCommand,
};

const USAGE = `destroy-guard: stops Terraform/OpenTofu plans that would destroy data.

Commands:
  assess PLAN...      report what the plan would destroy; exit 1 when approval is needed
  owners --codeowners FILE PATH... [--json]
                      the owners GitHub would assign to each path
  catalog [--json] [--coverage SCHEMA.json]
                      the stateful resource catalog; with --coverage, the decision for
                      each resource type of terraform providers schema -json
  hook                judge one agent tool call (Claude Code PreToolUse JSON or {"command": ...}
                      on stdin): exit 0 allows it, exit 2 refuses it with the reason on stderr
  shim DIR            write guarded terraform, tofu, terragrunt and cloud CLI shims into DIR

${ASSESS_USAGE}`;

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${USAGE}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(
      `destroy-guard: unknown command "${name}"; use one of ${Object.keys(COMMANDS).join(', ')} (destroy-guard --help)\n`,
    );
    return EXIT_USAGE;
  }
  try {
    const run = await command();
    return await run(args, io);
  } catch (error) {
    io.stderr(`destroy-guard: ${oneLine(error)}\n`);
    // A user mistake is exit 2; so is anything unexpected: never a pass.
    return EXIT_USAGE;
  }
}

function oneLine(error: unknown): string {
  // parseArgs throws TypeErrors with a `code` for unknown options and missing values.
  if (errorCode(error)?.startsWith('ERR_PARSE_ARGS') === true) {
    return `${errorMessage(error).split('\n')[0] ?? ''} (destroy-guard --help)`;
  }
  if (error instanceof UserError) return error.message;
  return `internal error: ${errorMessage(error).split('\n')[0] ?? ''}; please report it`;
}

function version(): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg: unknown = require('../package.json');
    if (
      pkg !== null &&
      typeof pkg === 'object' &&
      'version' in pkg &&
      typeof pkg.version === 'string'
    )
      return pkg.version;
  } catch {
    // bundled without package.json next to it
  }
  return 'unknown';
}
