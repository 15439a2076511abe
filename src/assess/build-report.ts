import type { PlanSummary, Report } from './report.js';
import type { PlanAssessment } from './assess-plan.js';
import type { Finding } from './finding.js';
import { fingerprintOf } from './fingerprint.js';
import { riskOf, SEVERITIES, severityRank, type Severity } from '../catalog/severity.js';
import { byCodeUnit } from '../util/compare.js';

/** Within one severity and approval bucket (see sortFindings). */
function compareFindings(a: Finding, b: Finding): number {
  // The findings of one plan share its strings: most comparisons are decided by the address,
  // in one comparison of the two (telling unequal strings apart is cheaper than ordering them).
  if (a.moduleDir !== b.moduleDir) return byCodeUnit(a.moduleDir, b.moduleDir);
  if (a.plan !== b.plan) return byCodeUnit(a.plan, b.plan);
  if (a.address < b.address) return -1;
  if (a.address !== b.address) return 1;
  return byCodeUnit(a.deposed ?? '', b.deposed ?? '') || byCodeUnit(a.kind, b.kind);
}

/**
 * Most severe first, approval-requiring first within a severity, then by module, plan, address,
 * deposed key and kind. Bucketed first: a plan of 400,000 findings has a few buckets, and the
 * comparison inside one is then mostly one address against another.
 */
function sortFindings(findings: readonly Finding[]): Finding[] {
  const buckets: Finding[][] = [];
  for (const finding of findings) {
    const bucket = 2 * -severityRank(finding.severity) + (finding.requiresApproval ? 0 : 1);
    const at = bucket + 2 * SEVERITIES.length;
    (buckets[at] ??= []).push(finding);
  }
  const sorted: Finding[] = [];
  for (const bucket of buckets) {
    if (bucket === undefined) continue;
    bucket.sort(compareFindings);
    for (const finding of bucket) sorted.push(finding);
  }
  return sorted;
}

/** Combines the assessments of every plan into one report, one verdict and one fingerprint. */
export function buildReport(assessments: readonly PlanAssessment[], failOn: Severity): Report {
  const findings = sortFindings(assessments.flatMap((assessment) => assessment.findings));
  const plans: PlanSummary[] = assessments
    .map((assessment) => assessment.summary)
    .sort((a, b) => byCodeUnit(a.moduleDir, b.moduleDir) || byCodeUnit(a.path, b.path));
  const risky = findings.some((finding) => finding.requiresApproval);
  return {
    version: 1,
    verdict: risky ? 'blocked' : 'pass',
    risk: riskOf(findings.map((finding) => finding.severity)),
    fingerprint: fingerprintOf(findings),
    failOn,
    plans,
    findings,
    unreviewedTypes: [...new Set(assessments.flatMap((a) => a.unreviewedTypes))].sort(),
  };
}
