/**
 * Explains input that JSON.parse refused: what it looks like (the human-readable output of
 * `terraform plan`, error output, a `plan -json` log, several documents in one stream, log lines
 * around the JSON) or, failing that, where the JSON breaks, as a byte offset.
 */
import type { UserError } from '../util/errors.js';
import type { DecodedText } from './decode.js';
import { brokenJsonError, describeChar, jsonErrorIndex } from './json-error.js';
import { PLAN_AND_SHOW, SHOW_JSON, planError } from './messages.js';
import { isUiLogLine } from './recognise.js';

/** How much of the text the wording checks look at: the markers sit in the first lines. */
const HEAD_CHARS = 64 * 1024;
// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/gu;

/**
 * Wording of `terraform plan` / `tofu plan` human output, from Terraform 0.12 to 1.17 and
 * OpenTofu 1.6 to 1.12 (read with colour codes removed). The JSON is never matched: these
 * are checked only when the text does not start like JSON.
 */
const PLAN_TEXT = [
  /^(?:Terraform|OpenTofu) used the selected providers to generate the following execution/mu,
  /^(?:Terraform|OpenTofu) will perform the following actions:/mu,
  /^(?:Terraform|OpenTofu) planned the following actions, but then encountered a problem/mu,
  /^Resource actions are indicated with the following symbols:/mu,
  /^No changes\. (?:Your infrastructure matches the configuration|Infrastructure is up-to-date)/mu,
  /^(?:Terraform|OpenTofu) has compared your real infrastructure against your configuration/mu,
  /^An execution plan has been generated and is shown below\./mu,
  /^Refreshing Terraform state in-memory prior to plan/mu,
  /^Note: Objects have changed outside of (?:Terraform|OpenTofu)/mu,
  /^Plan: \d+ to (?:import|add), /mu,
  /^Changes to Outputs:/mu,
  /: Refreshing state\.\.\./mu,
  /^ {2}# \S.* (?:will be (?:created|destroyed|updated in-place|read during apply)|must be replaced)$/mu,
];
/** Diagnostics as Terraform and OpenTofu print them: `Error: …`, boxed with `│` since 0.15. */
const ERROR_TEXT = /^(?:│ )?Error: \S/mu;
const HTML = /^\s*<(?:!doctype|html|\?xml|head|body)\b/iu;

export function explainUnparsable(
  decoded: DecodedText,
  error: unknown,
  displayPath: string,
): UserError {
  const first = firstNonSpace(decoded.text);
  if (first === '{' || first === '[') return explainBrokenJson(decoded, error, displayPath);
  return explainText(decoded, displayPath);
}

/** Text that does not even start like JSON: say what it is when it is recognisable. */
function explainText(decoded: DecodedText, displayPath: string): UserError {
  const { text } = decoded;
  const head = decoded.whole.slice(0, HEAD_CHARS).replace(ANSI, '');
  if (PLAN_TEXT.some((pattern) => pattern.test(head))) {
    const tofu = /\bOpenTofu\b/u.test(head);
    const command = tofu ? PLAN_AND_SHOW.replace(/terraform/gu, 'tofu') : PLAN_AND_SHOW;
    return planError(
      displayPath,
      `is the human-readable output of \`${tofu ? 'tofu' : 'terraform'} plan\`, not JSON; save the plan and convert it: ${command}`,
    );
  }
  if (ERROR_TEXT.test(head)) {
    return planError(
      displayPath,
      `holds Terraform/OpenTofu error output, not a plan: the command that wrote it failed; fix that error, then write the plan with ${SHOW_JSON}`,
    );
  }
  if (HTML.test(head)) {
    return planError(
      displayPath,
      `is an HTML/XML page, not plan JSON (an error page saved by a download?); fetch the plan file itself, written by ${SHOW_JSON}`,
    );
  }
  const embedded = text.indexOf('{"format_version"');
  if (embedded > 0) {
    return planError(
      displayPath,
      `has other output before the plan JSON (it starts at byte ${decoded.byteOffset(embedded)}): log lines such as Terragrunt's prefixes; write the plan alone to the file: ${SHOW_JSON}`,
    );
  }
  const start = Math.max(0, text.search(/\S/u));
  return planError(
    displayPath,
    `is not JSON: plan JSON starts with "{", this starts with ${describeChar(text, start)} at byte ${decoded.byteOffset(start)}; write the plan with ${SHOW_JSON}`,
  );
}

/** Starts like JSON but does not parse: a `plan -json` log, several documents, or a break at a byte offset. */
function explainBrokenJson(decoded: DecodedText, error: unknown, displayPath: string): UserError {
  const { text } = decoded;
  if (isUiLog(text)) return brokenJsonError({ kind: 'ui-log' }, displayPath);
  const index = jsonErrorIndex(error, text);
  const byte = decoded.byteOffset(index);
  if (index >= text.trimEnd().length)
    return brokenJsonError({ kind: 'truncated', byte }, displayPath);
  if (endsAValue(text, index)) {
    const second = firstNonSpace(text.slice(index, index + 64)) === '{';
    return brokenJsonError(
      { kind: second ? 'second-document' : 'trailing-data', byte },
      displayPath,
    );
  }
  return brokenJsonError(
    { kind: 'unexpected', byte, char: describeChar(text, index) },
    displayPath,
  );
}

/** `terraform plan -json` / `apply -json` write one JSON object per line with `@level`, `@message`. */
function isUiLog(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline < 0) return false;
  try {
    return isUiLogLine(JSON.parse(text.slice(0, newline)));
  } catch {
    return false;
  }
}

/** JSON.parse stopped after a complete value: the error is the data that follows it. */
function endsAValue(text: string, index: number): boolean {
  try {
    JSON.parse(text.slice(0, index));
    return true;
  } catch {
    return false;
  }
}

function firstNonSpace(text: string): string | undefined {
  return /\S/u.exec(text)?.[0];
}
