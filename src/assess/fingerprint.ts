import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * The identity of the risky change set an approval is bound to (PRODUCT.md section 2): a
 * digest of the approval-requiring findings' module dir, address, deposed key, actions and
 * kind. Order-independent, and blind to everything else the plan changes, so a push that
 * keeps the risky set keeps the approval and any change to that set voids it. The module
 * dir, not the plan path, is hashed: artifact paths differ between runs.
 */
export function fingerprintOf(findings: readonly Finding[]): string {
  const keys = findings
    .filter((finding) => finding.requiresApproval)
    .map((finding) =>
      JSON.stringify([
        finding.moduleDir,
        finding.address,
        finding.deposed ?? '',
        finding.actions,
        finding.kind,
        finding.identity ?? '',
      ]),
    );
  const unique = [...new Set(keys)].sort();
  // 128 bits: short enough to show, far beyond a forged collision.
  return createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 32);
}

/** A short, order-independent digest of addresses, for a finding's `identity`. */
export function digestOf(values: readonly string[]): string {
  return createHash('sha256')
    .update([...values].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
}
