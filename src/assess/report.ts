import type { Finding } from './finding.js';
import type { RiskLevel } from '../catalog/severity.js';

/** Counts of a plan's resource changes, by what happens to them. */
export interface ChangeCounts {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly replace: number;
  readonly forget: number;
  readonly read: number;
  readonly noOp: number;
  readonly unknown: number;
  readonly deferred: number;
}

export interface PlanSummary {
  readonly path: string;
  readonly moduleDir: string;
  readonly formatVersion: string;
  readonly terraformVersion: string;
  readonly errored: boolean;
  readonly complete: boolean;
  readonly counts: ChangeCounts;
}

/** `approved` only exists where there is an approval path (the Action on a pull request). */
export type Verdict = 'pass' | 'approved' | 'blocked';

/** The versioned report of docs/design.md section 8; stable fields only ever gain siblings. */
export interface Report {
  readonly version: 1;
  readonly verdict: Verdict;
  readonly risk: RiskLevel;
  /** Digest of the approval-requiring findings (see src/assess/fingerprint.ts). */
  readonly fingerprint: string;
  /** Findings at or above this severity require approval. */
  readonly failOn: string;
  readonly plans: readonly PlanSummary[];
  /** Most severe first; within a severity, by plan then address. */
  readonly findings: readonly Finding[];
  /** Destroyed or replaced types the catalog has no decision for, sorted (docs/catalog.md). */
  readonly unreviewedTypes: readonly string[];
}
