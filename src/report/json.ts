/**
 * The versioned JSON report (docs/design.md section 8). Objects are rebuilt field by field so the
 * key order is the documented one whatever order the report was assembled in, and stable
 * fields only ever gain siblings after them.
 */
import type { Finding } from '../assess/finding.js';
import type { ChangeCounts, PlanSummary, Report } from '../assess/report.js';
import { ByteChunks, escapeInvisible, FindingWriter, protectionJson } from './json-findings.js';

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

/** A finding as the report documents it (FindingWriter in json-findings.ts writes the same, faster). */
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

/** Bytes per piece written: small enough to keep memory flat, large enough that writes cost nothing. */
const CHUNK_BYTES = 1 << 16;

/**
 * The report as UTF-8, in pieces, each finding written as it comes: a report of 400,000
 * findings is never one string or one buffer (docs/design.md sections 8 and 10). The pieces
 * joined are exactly `JSON.stringify(report, null, 2)` of the documented object, with the
 * invisible characters escaped; none splits a character.
 */
export function* renderJsonBytes(report: Report): Generator<Uint8Array> {
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
  const out = new ByteChunks(CHUNK_BYTES);
  const { findings } = report;
  if (findings.length === 0) {
    out.text(escapeInvisible(`${head}\n`));
    yield out.rest();
    return;
  }
  // Open the empty `findings` array and write the findings into it. The key is found with the
  // newline and indentation before it: a string value cannot hold a raw newline.
  const marker = '\n  "findings": [';
  const at = head.indexOf(marker) + marker.length;
  const tail = head.slice(at + 1); // after the `]` of the empty array
  out.text(escapeInvisible(head.slice(0, at)));
  const writer = new FindingWriter();
  for (const finding of findings) {
    writer.write(finding, out);
    const piece = out.take();
    if (piece !== undefined) yield piece;
  }
  out.text(escapeInvisible(`\n  ]${tail}\n`));
  const piece = out.take();
  if (piece !== undefined) yield piece;
  yield out.rest();
}

/** renderJsonBytes as text, piece by piece. */
export function* renderJsonChunks(report: Report): Generator<string> {
  const decoder = new TextDecoder();
  for (const piece of renderJsonBytes(report)) yield decoder.decode(piece);
}

/** The whole report as one string (tests, small reports). */
export function renderJson(report: Report): string {
  let text = '';
  for (const chunk of renderJsonChunks(report)) text += chunk;
  return text;
}
