/**
 * One-line errors for bad plan input (docs/design.md section 9): each starts with the path as the
 * user wrote it, says what is wrong, and names the command that produces a good plan.
 */
import { UserError } from '../util/errors.js';

/** The command that turns a saved plan into what destroy-guard reads. */
export const SHOW_JSON = '`terraform show -json tfplan > plan.json`';
export const PLAN_AND_SHOW =
  '`terraform plan -out=tfplan && terraform show -json tfplan > plan.json`';
export const REGENERATE = `regenerate it with ${SHOW_JSON}`;

/** `path: problem`, forced onto one line. Never include attribute values: plans hold secrets. */
export function planError(displayPath: string, problem: string): UserError {
  return new UserError(`${showPath(displayPath)}: ${problem.replace(LINE_BREAKS, ' ')}`);
}

const LINE_BREAKS = /[\r\n\u2028\u2029]+/gu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROL = /[\u0000-\u001f\u007f]/gu;

/** The display path, with `-` spelled out and control characters (a newline in a file name) escaped. */
export function showPath(displayPath: string): string {
  if (displayPath === '-') return '- (standard input)';
  return displayPath.replace(
    CONTROL,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Quotes a path for a shell command line when it needs it (POSIX single quotes). */
export function shellQuote(path: string): string {
  if (/^[\w./@%+=:,-]+$/u.test(path)) return path;
  return `'${path.replace(/'/gu, `'\\''`)}'`;
}

/** "a string", "an array", "null", "missing": the kind of a value, never the value itself. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return `a ${typeof value}`;
  }
}

/** A short, escaped rendering of a user-supplied token (a format_version, a key name). */
export function quoteShort(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}
