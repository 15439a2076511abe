import { parseArgs } from 'node:util';
import { isSeverity, SEVERITIES } from '../catalog/severity.js';
import { assessPlans } from '../engine/engine.js';
import { paceProgress } from '../engine/progress.js';
import { renderJsonBytes } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTextChunks } from '../report/text.js';
import type { Report } from '../assess/report.js';
import { UserError } from '../util/errors.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type Command } from './io.js';

/** Progress on a terminal: from the second second on, four times a second, on one line. */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 250;

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const ASSESS_USAGE = `Usage: destroy-guard assess PLAN... [--format text|markdown|json] [--fail-on LEVEL]
                             [--stateful-types LINE]... [--ignore GLOB]...
  PLAN            plan JSON file (terraform show -json tfplan > plan.json), glob,
                  MODULE_DIR=PATH, or - for standard input
  --format        text (default), markdown (the PR comment) or json (the versioned report)
  --fail-on       lowest severity that requires approval: ${SEVERITIES.join('|')} (default high)
  --stateful-types  TYPE_OR_GLOB[=critical|high|medium|low|none], repeatable
  --ignore        resource address glob to leave out, repeatable
Exit status: 0 nothing requires approval, 1 something does, 2 bad input or usage.`;

/** `destroy-guard assess`: the pre-apply guard. Exit 1 blocks `&& terraform apply`. */
export const assessCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'high' },
      'stateful-types': { type: 'string', multiple: true, default: [] },
      ignore: { type: 'string', multiple: true, default: [] },
      color: { type: 'boolean' },
    },
  });
  const format = values.format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
  }
  const failOn = values['fail-on'];
  if (!isSeverity(failOn)) {
    throw new UserError(`--fail-on: "${failOn}" is not one of ${SEVERITIES.join(', ')}`);
  }
  if (positionals.length === 0) {
    throw new UserError(
      'assess: no plan given; run `terraform show -json tfplan > plan.json`, then `destroy-guard assess plan.json`',
    );
  }
  const progress =
    io.stderrIsTerminal === true
      ? paceProgress({
          now: () => performance.now(),
          // `\r` and erase-line: one line rewritten in place, gone when the work ends.
          show: (line, final) => io.stderr(final ? '\r\u001b[2K' : `\r\u001b[2K${line}`),
          afterMs: PROGRESS_AFTER_MS,
          everyMs: PROGRESS_EVERY_MS,
        })
      : undefined;
  let report: Report;
  try {
    report = await assessPlans(positionals, {
      failOn,
      statefulTypes: values['stateful-types'],
      ignore: values.ignore,
      cwd: io.cwd,
      workspace: io.cwd,
      stdin: io.stdin,
      ...(progress === undefined ? {} : { progress: progress.update }),
    });
  } finally {
    progress?.finish();
  }
  const write = io.write ?? writeToStdout(io);
  for (const chunk of render(report, format as Format, values.color ?? false)) await write(chunk);
  return report.verdict === 'blocked' ? EXIT_FINDINGS : EXIT_OK;
};

/** Pieces to `stdout` when there is no `write`, bytes as text (a UTF-8 piece holds whole characters). */
function writeToStdout(io: CliIo): (chunk: string | Uint8Array) => Promise<void> {
  const decoder = new TextDecoder();
  return (chunk) => {
    io.stdout(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    return Promise.resolve();
  };
}

/**
 * The report in pieces: JSON and text can be large, and are written as they are produced;
 * JSON as UTF-8 bytes, which the output takes without encoding a string again.
 */
function* render(report: Report, format: Format, color: boolean): Generator<string | Uint8Array> {
  switch (format) {
    case 'json':
      yield* renderJsonBytes(report);
      return;
    case 'markdown': {
      const text = renderMarkdown(report);
      yield text.endsWith('\n') ? text : `${text}\n`;
      return;
    }
    case 'text':
      yield* renderTextChunks(report, { color });
  }
}
