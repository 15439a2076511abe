import { sha256Hex } from '../util/sha256.js';
import type { Finding } from './finding.js';
import { riskySet } from './identity.js';

/**
 * The digest of the risky set an approval is bound to: the sorted identity digests of the
 * findings that require approval (src/assess/identity.ts, docs/design.md). Order-independent
 * and blind to everything else the plan changes, so a push that keeps the risky set keeps
 * the approval and any change to that set voids it.
 */
export function fingerprintOf(findings: readonly Finding[]): string {
  return fingerprintOfSet(riskySet(findings));
}

/** The fingerprint of a set of identity digests (sorted and distinct). */
export function fingerprintOfSet(digests: readonly string[]): string {
  const unique = [...new Set(digests)].sort();
  // 128 bits: short enough to show, far beyond a forged collision.
  return sha256Hex(unique.join('\n')).slice(0, 32);
}

/** A short, order-independent digest of addresses, for a finding's `identity`. */
export function digestOf(values: readonly string[]): string {
  return sha256Hex([...values].sort().join('\n')).slice(0, 16);
}
