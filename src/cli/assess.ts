import { parseArgs } from 'node:util';
import { isSeverity, SEVERITIES } from '../catalog/severity.js';
import { assessPlans } from '../engine/engine.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { UserError } from '../util/errors.js';
import { EXIT_FINDINGS, EXIT_OK, type Command } from './io.js';

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
  const report = await assessPlans(positionals, {
    failOn,
    statefulTypes: values['stateful-types'],
    ignore: values.ignore,
    cwd: io.cwd,
    workspace: io.cwd,
    stdin: io.stdin,
  });
  io.stdout(render(report, format as Format, values.color ?? false));
  return report.verdict === 'blocked' ? EXIT_FINDINGS : EXIT_OK;
};

function render(report: Parameters<typeof renderJson>[0], format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return withNewline(renderMarkdown(report));
    case 'text':
      return withNewline(renderText(report, { color }));
  }
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
