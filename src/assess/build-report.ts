import type { PlanSummary, Report } from './report.js';
import type { PlanAssessment } from './assess-plan.js';
import { fingerprintOf } from './fingerprint.js';
import { sortFindings } from './sort-findings.js';
import { riskOf, type Severity } from '../catalog/severity.js';
import { byCodeUnit } from '../util/compare.js';

/** Combines the assessments of every plan into one report, one verdict and one fingerprint. */
export function buildReport(assessments: readonly PlanAssessment[], failOn: Severity): Report {
  // What the verdict, risk and fingerprint need is gathered while sorting: a pass over 400,000
  // sorted findings reads them in no order the memory knows (src/assess/sort-findings.ts).
  const { findings, requiringApproval, severities } = sortFindings(
    assessments.map((assessment) => assessment.findings),
  );
  const plans: PlanSummary[] = assessments
    .map((assessment) => assessment.summary)
    .sort((a, b) => byCodeUnit(a.moduleDir, b.moduleDir) || byCodeUnit(a.path, b.path));
  return {
    version: 1,
    verdict: requiringApproval.length > 0 ? 'blocked' : 'pass',
    risk: riskOf(severities),
    fingerprint: fingerprintOf(requiringApproval),
    failOn,
    plans,
    findings,
    unreviewedTypes: [...new Set(assessments.flatMap((a) => a.unreviewedTypes))].sort(),
  };
}
