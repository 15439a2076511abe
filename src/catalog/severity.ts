/** Severities, most severe first. `info` never requires approval through `fail-on`. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What `risk` reports: the highest severity that is more than informational. */
const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function riskOf(severities: Iterable<Severity>): RiskLevel {
  let highest = 0;
  for (const severity of severities) highest = Math.max(highest, RANK[severity]);
  return RISK_LEVELS[highest] ?? 'none';
}

/** Orders findings most severe first. */
export function bySeverityDescending(a: { severity: Severity }, b: { severity: Severity }): number {
  return RANK[b.severity] - RANK[a.severity];
}
