/**
 * An independent, deliberately lenient idea of "could these bytes be a plan": some decoding
 * (UTF-8 or UTF-16 either way round, with or without a byte-order mark, with or without the
 * setup-terraform wrapper's lines) parses as one JSON object with a 0.x/1.x `format_version`.
 * A reader that accepts bytes this says no to has accepted something that is not a plan.
 */
import { Buffer } from 'node:buffer';
import type { Report } from '../../src/assess/report.js';
import type { CliOutcome } from './support.js';

function decodings(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const texts: string[] = [];
  const even = (from: number) => buffer.subarray(from, from + ((buffer.length - from) & ~1));
  for (const skip of [0, 2, 3]) {
    if (skip > buffer.length) continue;
    texts.push(buffer.toString('utf8', skip));
    const le = even(skip);
    texts.push(le.toString('utf16le'));
    texts.push(Buffer.from(le).swap16().toString('utf16le'));
  }
  return texts;
}

function unwrapped(text: string): string[] {
  if (!text.startsWith('[command]')) return [text];
  const newline = text.indexOf('\n');
  if (newline < 0) return [text];
  const rest = text.slice(newline + 1);
  const commands = rest.startsWith('::') ? 0 : rest.indexOf('\n::');
  const json = (commands < 0 ? rest : rest.slice(0, commands)).trim().replace(/(?:%0[AD])+$/iu, '');
  return [text, json];
}

export function couldBeAPlan(bytes: Uint8Array): boolean {
  for (const decoded of decodings(bytes)) {
    for (const text of unwrapped(decoded.replace(/^\uFEFF/u, ''))) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue;
      }
      if (
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        typeof (value as Record<string, unknown>)['format_version'] === 'string' &&
        /^[01]\./u.test((value as Record<string, string>)['format_version'] ?? '')
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * What the CLI must do with any input: exit 0/1 with a parseable JSON report that lists the
 * plan, or exit 2 with exactly one line on stderr that names the file and nothing on stdout.
 * Never an internal error. Returns the problems found (empty = fine).
 */
export function judgeOutcome(
  outcome: CliOutcome,
  bytes: Uint8Array,
  file: string,
  format: 'json' | 'text' | 'markdown',
): string[] {
  const problems: string[] = [];
  const { code, stdout, stderr } = outcome;
  if (stderr.includes('internal error')) problems.push(`internal error: ${stderr}`);
  if (code === 2) {
    if (stdout !== '') problems.push(`exit 2 with output on stdout: ${stdout.slice(0, 200)}`);
    if (!stderr.endsWith('\n') || stderr.slice(0, -1).includes('\n') || stderr.trim() === '') {
      problems.push(
        `exit 2 without exactly one line on stderr: ${JSON.stringify(stderr.slice(0, 400))}`,
      );
    }
    if (!stderr.includes(file)) problems.push(`the error does not name ${file}: ${stderr}`);
    return problems;
  }
  if (code !== 0 && code !== 1) {
    problems.push(`exit ${code}`);
    return problems;
  }
  if (stderr !== '') problems.push(`exit ${code} with stderr: ${stderr.slice(0, 300)}`);
  if (!couldBeAPlan(bytes))
    problems.push(
      `exit ${code}: accepted bytes no decoding of which is a plan object with format_version 0.x/1.x`,
    );
  if (format !== 'json') {
    if (!stdout.includes(file))
      problems.push(`exit ${code}: the ${format} report does not name the plan`);
    return problems;
  }
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch (error) {
    problems.push(`exit ${code}: stdout is not JSON (${String(error)})`);
    return problems;
  }
  if (report.plans.length !== 1 || report.plans[0]?.path !== file) {
    problems.push(
      `exit ${code}: the report does not list exactly the plan ${file}: ${JSON.stringify(report.plans)}`,
    );
  }
  const expected = report.verdict === 'blocked' ? 1 : 0;
  if (code !== expected) problems.push(`exit ${code} with verdict ${report.verdict}`);
  if (code === 0 && report.findings.some((finding) => finding.requiresApproval)) {
    problems.push('exit 0 although a finding requires approval');
  }
  return problems;
}
