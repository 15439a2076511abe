import type { PlanSummary, Report } from './report.js';
import type { PlanAssessment } from './assess-plan.js';
import type { Finding } from './finding.js';
import { fingerprintOf } from './fingerprint.js';
import { riskOf, severityRank, type Severity } from '../catalog/severity.js';

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    Number(b.requiresApproval) - Number(a.requiresApproval) ||
    compareText(a.moduleDir, b.moduleDir) ||
    compareText(a.plan, b.plan) ||
    compareText(a.address, b.address) ||
    compareText(a.deposed ?? '', b.deposed ?? '') ||
    compareText(a.kind, b.kind)
  );
}

/** Code-unit order, not locale order: the same report on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Combines the assessments of every plan into one report, one verdict and one fingerprint. */
export function buildReport(assessments: readonly PlanAssessment[], failOn: Severity): Report {
  const findings = assessments.flatMap((assessment) => assessment.findings).sort(compareFindings);
  const plans: PlanSummary[] = assessments
    .map((assessment) => assessment.summary)
    .sort((a, b) => compareText(a.moduleDir, b.moduleDir) || compareText(a.path, b.path));
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
