import { sha256Hex } from '../util/sha256.js';
import type { Finding } from './finding.js';

/**
 * A finding's identity (docs/design.md section 2, "Finding identity"): what an approval is given for.
 * Two plans of one directory differ by file name (workspaces); the same address holding
 * another object (a swapped state) differs by the object digest; a weakened protection
 * differs by which attributes go to which values. Nothing here is ever printed: the object
 * digest stands for an `id`/`arn`/`self_link` without revealing it.
 */
export interface FindingIdentity {
  readonly moduleDir: string;
  /** The plan file's name within its directory (artifact folders differ between runs). */
  readonly planFile: string;
  readonly address: string;
  readonly deposed: string;
  readonly actions: readonly string[];
  readonly kind: string;
  readonly object: string;
  /** `attribute=value` for protection-weakened, sorted; mass-destroy's address digest. */
  readonly detail: readonly string[];
}

/** The attributes providers use for the real object behind an address, strongest first. */
const OBJECT_ATTRIBUTES = ['id', 'arn', 'self_link'] as const;

/** Digest of the object's `id`, `arn` and `self_link` in `change.before`; `''` when none. */
export function objectDigest(before: unknown): string {
  if (typeof before !== 'object' || before === null || Array.isArray(before)) return '';
  const parts: string[] = [];
  for (const name of OBJECT_ATTRIBUTES) {
    const value: unknown = (before as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') parts.push(`${name}=${value}`);
  }
  return parts.length === 0 ? '' : shortDigest(parts.join('\n'), 24);
}

function planFileOf(plan: string): string {
  const name = plan.split(/[\\/]/u).pop() ?? plan;
  return name;
}

export function identityOf(finding: Finding): FindingIdentity {
  const detail =
    finding.kind === 'protection-weakened'
      ? finding.protections
          .map((value) => `${value.attribute}=${JSON.stringify(value.after ?? null)}`)
          .sort()
      : finding.identity === undefined
        ? []
        : [finding.identity];
  return {
    moduleDir: finding.moduleDir,
    planFile: planFileOf(finding.plan),
    address: finding.address,
    deposed: finding.deposed ?? '',
    actions: finding.actions,
    kind: finding.kind,
    object: finding.object ?? '',
    detail,
  };
}

/**
 * 64 bits per identity: the record of an approved set lists these, and a later run checks
 * its own findings against them (docs/approval.md, "The record"). Finding a second plan
 * change whose identity collides with an approved one takes about 2^64 tries.
 */
export const IDENTITY_DIGEST_LENGTH = 16;

export function identityDigest(identity: FindingIdentity): string {
  return shortDigest(
    JSON.stringify([
      identity.moduleDir,
      identity.planFile,
      identity.address,
      identity.deposed,
      identity.actions,
      identity.kind,
      identity.object,
      identity.detail,
    ]),
    IDENTITY_DIGEST_LENGTH,
  );
}

/** The sorted, distinct identity digests of the findings that require approval. */
export function riskySet(findings: readonly Finding[]): string[] {
  const digests = findings
    .filter((finding) => finding.requiresApproval)
    .map((finding) => identityDigest(identityOf(finding)));
  return [...new Set(digests)].sort();
}

function shortDigest(text: string, length: number): string {
  return sha256Hex(text).slice(0, length);
}
