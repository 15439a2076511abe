/**
 * The versioned JSON report (docs/design.md section 8). Objects are rebuilt field by field so the
 * key order is the documented one whatever order the report was assembled in, and stable
 * fields only ever gain siblings after them.
 */
import type { Finding, ProtectionValue } from '../assess/finding.js';
import type { ChangeCounts, PlanSummary, Report } from '../assess/report.js';

function countsJson(counts: ChangeCounts): ChangeCounts {
  return {
    create: counts.create,
    update: counts.update,
    delete: counts.delete,
    replace: counts.replace,
    forget: counts.forget,
    read: counts.read,
    noOp: counts.noOp,
    unknown: counts.unknown,
    deferred: counts.deferred,
  };
}

function planJson(plan: PlanSummary) {
  return {
    path: plan.path,
    moduleDir: plan.moduleDir,
    terraformVersion: plan.terraformVersion,
    counts: countsJson(plan.counts),
    formatVersion: plan.formatVersion,
    errored: plan.errored,
    complete: plan.complete,
  };
}

function protectionJson(protection: ProtectionValue) {
  return {
    attribute: protection.attribute,
    ...('before' in protection ? { before: protection.before } : {}),
    ...('after' in protection ? { after: protection.after } : {}),
  };
}

/** A finding as the report documents it (FindingWriter writes the same, faster). */
export function findingJson(finding: Finding) {
  return {
    kind: finding.kind,
    severity: finding.severity,
    requiresApproval: finding.requiresApproval,
    plan: finding.plan,
    address: finding.address,
    type: finding.type,
    actions: finding.actions,
    category: finding.category,
    reason: finding.reason,
    recoverability: finding.recoverability,
    ...(finding.outcome === undefined ? {} : { outcome: finding.outcome }),
    moduleDir: finding.moduleDir,
    ...(finding.deposed === undefined ? {} : { deposed: finding.deposed }),
    forcingAttributes: finding.forcingAttributes,
    protections: finding.protections.map(protectionJson),
  };
}

/**
 * JSON.stringify writes these raw; as `\uXXXX` they are the same JSON value but cannot
 * reorder or hide text, or drive a terminal, when the report is printed (escape.ts has the why).
 * They only ever occur inside strings, so replacing them keeps the document valid.
 */
const INVISIBLE_IN_JSON =
  /[\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/gu;

/** Findings per chunk: small enough to keep memory flat, large enough that writes cost nothing. */
const FINDINGS_PER_CHUNK = 256;

/**
 * The report as text, in pieces, each finding written as it comes: a report of 400,000
 * findings is never one string (docs/design.md sections 8 and 10). The
 * pieces joined are exactly `JSON.stringify(report, null, 2)` of the documented object, with
 * the invisible characters escaped.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const head = JSON.stringify(
    {
      version: report.version,
      verdict: report.verdict,
      risk: report.risk,
      fingerprint: report.fingerprint,
      failOn: report.failOn,
      plans: report.plans.map(planJson),
      findings: [],
      unreviewed: { count: report.unreviewedTypes.length, types: report.unreviewedTypes },
    },
    null,
    2,
  );
  const { findings } = report;
  if (findings.length === 0) {
    yield escapeInvisible(`${head}\n`);
    return;
  }
  // Open the empty `findings` array and write the findings into it. The key is found with the
  // newline and indentation before it: a string value cannot hold a raw newline.
  const marker = '\n  "findings": [';
  const at = head.indexOf(marker) + marker.length;
  const tail = head.slice(at + 1); // after the `]` of the empty array
  let chunk = escapeInvisible(head.slice(0, at));
  const writer = new FindingWriter();
  for (let index = 0; index < findings.length; index += 1) {
    chunk += `${index === 0 ? '' : ','}\n    ${writer.write(findings[index] as Finding)}`;
    if ((index + 1) % FINDINGS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${escapeInvisible(`\n  ]${tail}\n`)}`;
}

/** Values repeated across findings whose JSON is kept; past this many the memo starts over. */
const MEMO_LIMIT = 10_000;

/**
 * One finding as `JSON.stringify(findingJson(finding), null, 2)` writes it at the depth of the
 * report's `findings` array, invisible characters escaped, written field by field: a report of
 * 400,000 findings spends most of its time here (docs/design.md section 10), and all but the
 * address repeat from finding to finding, so their JSON is made once
 * (test/report/streamed.test.ts compares it with JSON.stringify).
 */
class FindingWriter {
  readonly #strings = new Map<string, string>();
  readonly #lists = new WeakMap<readonly unknown[], string>();
  /**
   * The finding before: sorted findings come in runs of one kind and type, whose text before
   * and after the address is then the same string, not made again.
   */
  #last: Finding | undefined;
  #head = '';
  #tail = '';

  write(finding: Finding): string {
    const last = this.#last;
    this.#last = finding;
    if (
      last === undefined ||
      last.kind !== finding.kind ||
      last.severity !== finding.severity ||
      last.requiresApproval !== finding.requiresApproval ||
      last.plan !== finding.plan
    ) {
      this.#head = this.#headOf(finding);
    }
    if (
      last === undefined ||
      finding.deposed !== undefined ||
      last.deposed !== undefined ||
      last.type !== finding.type ||
      last.actions !== finding.actions ||
      last.category !== finding.category ||
      last.reason !== finding.reason ||
      last.recoverability !== finding.recoverability ||
      last.outcome !== finding.outcome ||
      last.moduleDir !== finding.moduleDir ||
      last.forcingAttributes !== finding.forcingAttributes ||
      last.protections !== finding.protections
    ) {
      this.#tail = this.#tailOf(finding);
    }
    return this.#head + jsonString(finding.address) + this.#tail;
  }

  /** Up to the address's value. */
  #headOf(finding: Finding): string {
    const at = '\n      ';
    return `{${at}"kind": ${this.#repeated(finding.kind)},${at}"severity": ${this.#repeated(finding.severity)},${at}"requiresApproval": ${String(finding.requiresApproval)},${at}"plan": ${this.#repeated(finding.plan)},${at}"address": `;
  }

  /** After the address's value. */
  #tailOf(finding: Finding): string {
    const at = '\n      ';
    let text = `,${at}"type": ${this.#repeated(finding.type)},${at}"actions": ${this.#list(finding.actions)},${at}"category": ${this.#repeated(finding.category)},${at}"reason": ${this.#repeated(finding.reason)},${at}"recoverability": ${this.#repeated(finding.recoverability)},`;
    if (finding.outcome !== undefined)
      text += `${at}"outcome": ${this.#repeated(finding.outcome)},`;
    text += `${at}"moduleDir": ${this.#repeated(finding.moduleDir)},`;
    if (finding.deposed !== undefined) text += `${at}"deposed": ${jsonString(finding.deposed)},`;
    text += `${at}"forcingAttributes": ${this.#list(finding.forcingAttributes)},${at}"protections": ${this.#list(finding.protections)}\n    }`;
    return text;
  }

  #repeated(value: string): string {
    let json = this.#strings.get(value);
    if (json === undefined) {
      if (this.#strings.size === MEMO_LIMIT) this.#strings.clear();
      json = jsonString(value);
      this.#strings.set(value, json);
    }
    return json;
  }

  /** A list of strings or protections, at the depth of a finding's field. */
  #list(list: readonly (string | ProtectionValue)[]): string {
    if (list.length === 0) return '[]';
    let json = this.#lists.get(list);
    if (json === undefined) {
      json = escapeInvisible(
        JSON.stringify(
          list.map((item) => (typeof item === 'string' ? item : protectionJson(item))),
          null,
          2,
        ).replaceAll('\n', '\n      '),
      );
      this.#lists.set(list, json);
    }
    return json;
  }
}

/** A string as JSON, invisible characters escaped (all of them lie above U+007E). */
function jsonString(value: string): string {
  let plain = true;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0x7f) return escapeInvisible(JSON.stringify(value));
    if (code < 0x20 || code === 0x22 || code === 0x5c) plain = false;
  }
  return plain ? `"${value}"` : JSON.stringify(value);
}

/** The whole report as one string (tests, small reports). */
export function renderJson(report: Report): string {
  let text = '';
  for (const chunk of renderJsonChunks(report)) text += chunk;
  return text;
}

function escapeInvisible(json: string): string {
  return json.replace(
    INVISIBLE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
