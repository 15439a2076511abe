/**
 * The report's order of findings: most severe first, approval-requiring first within a
 * severity, then by module, plan, address, deposed key and kind; a stable sort, so findings
 * that compare equal keep the order they came in. A plan of 400,000 findings spends its time
 * here in memory reads, not in comparisons (docs/design.md section 10): each finding is read
 * once in the order the plans gave it, and sorting reads the addresses from one array.
 */
import type { Finding } from './finding.js';
import { SEVERITIES, severityRank, type Severity } from '../catalog/severity.js';
import { byCodeUnit } from '../util/compare.js';

/** Within one severity and approval bucket. */
export function compareFindings(a: Finding, b: Finding): number {
  // The findings of one plan share its strings: most comparisons are decided by the address,
  // in one comparison of the two (telling unequal strings apart is cheaper than ordering them).
  if (a.moduleDir !== b.moduleDir) return byCodeUnit(a.moduleDir, b.moduleDir);
  if (a.plan !== b.plan) return byCodeUnit(a.plan, b.plan);
  if (a.address < b.address) return -1;
  if (a.address !== b.address) return 1;
  return byCodeUnit(a.deposed ?? '', b.deposed ?? '') || byCodeUnit(a.kind, b.kind);
}

export interface SortedFindings {
  readonly findings: Finding[];
  /** The findings that require approval, in the same order. */
  readonly requiringApproval: Finding[];
  /** The severities that occur, most severe first. */
  readonly severities: Severity[];
}

/**
 * Every plan's findings in the report's order. Bucketed first, by severity and approval, as
 * the findings come: a plan of 400,000 findings has a few buckets, and the order inside one is
 * mostly one address against another.
 */
export function sortFindings(lists: readonly (readonly Finding[])[]): SortedFindings {
  const buckets: Finding[][] = [];
  for (const list of lists) {
    for (const finding of list) {
      const bucket = 2 * -severityRank(finding.severity) + (finding.requiresApproval ? 0 : 1);
      (buckets[bucket + 2 * SEVERITIES.length] ??= []).push(finding);
    }
  }
  const findings: Finding[] = [];
  const requiringApproval: Finding[] = [];
  const severities: Severity[] = [];
  for (const bucket of buckets) {
    if (bucket === undefined) continue;
    const first = bucket[0] as Finding;
    if (severities.at(-1) !== first.severity) severities.push(first.severity);
    const sorted = sortBucket(bucket);
    for (const finding of sorted) findings.push(finding);
    if (first.requiresApproval) for (const finding of sorted) requiringApproval.push(finding);
  }
  return { findings, requiringApproval, severities };
}

/** One bucket in order, stable. */
export function sortBucket(bucket: Finding[]): Finding[] {
  if (inOrder(bucket)) return bucket;
  const sorted: Finding[] = [];
  for (const group of byPlan(bucket)) {
    // Plans in no order of their own, each sorted as Terraform wrote it: only the plans move.
    for (const finding of inOrder(group) ? group : byAddress(group)) sorted.push(finding);
  }
  return sorted;
}

/**
 * Already in order: Terraform writes a plan's resource changes sorted by address, so the
 * findings of one plan mostly come sorted. Stops at the first pair out of order.
 */
export function inOrder(findings: readonly Finding[]): boolean {
  for (let index = 1; index < findings.length; index += 1) {
    if (compareFindings(findings[index - 1] as Finding, findings[index] as Finding) > 0)
      return false;
  }
  return true;
}

/** The findings by module directory, then plan, in that order; each group as they came. */
function byPlan(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Map<string, Finding[]>>();
  let last: Finding | undefined;
  let group: Finding[] = [];
  for (const finding of findings) {
    if (last === undefined || last.moduleDir !== finding.moduleDir || last.plan !== finding.plan) {
      let plans = groups.get(finding.moduleDir);
      if (plans === undefined) groups.set(finding.moduleDir, (plans = new Map()));
      const known = plans.get(finding.plan);
      if (known === undefined) plans.set(finding.plan, (group = []));
      else group = known;
    }
    last = finding;
    group.push(finding);
  }
  return [...groups.keys()].sort(byCodeUnit).flatMap((moduleDir) => {
    const plans = groups.get(moduleDir) ?? new Map<string, Finding[]>();
    return [...plans.keys()].sort(byCodeUnit).map((plan) => plans.get(plan) ?? []);
  });
}

/**
 * Findings of one module directory and plan by address (then deposed key and kind), stable.
 * Their positions are sorted, comparing addresses read from one array: a comparison then
 * reads two strings, not two findings and two strings scattered over the heap.
 */
function byAddress(findings: readonly Finding[]): Finding[] {
  const count = findings.length;
  const addresses = new Array<string>(count);
  const order = new Array<number>(count);
  for (let index = 0; index < count; index += 1) {
    addresses[index] = (findings[index] as Finding).address;
    order[index] = index;
  }
  order.sort((i, j) => {
    const a = addresses[i] as string;
    const b = addresses[j] as string;
    if (a < b) return -1;
    if (a !== b) return 1;
    return compareFindings(findings[i] as Finding, findings[j] as Finding);
  });
  return order.map((index) => findings[index] as Finding);
}
