import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/assess/build-report.js';
import { assess, change } from './changes.js';

const risky = [
  change('aws_db_instance.a', ['delete'], { before: { skip_final_snapshot: true } }),
  change('aws_s3_bucket.b', ['delete', 'create']),
];
/**
 * Computed independently (Python: sha256 of each identity's JSON array, 16 hex each, then of
 * the sorted digests joined by newlines) from the identity in src/assess/identity.ts; a change
 * to it voids live approvals.
 */
const PINNED_RISKY = 'dd19a6edef4581f484f50723aaf4f69d';
const harmless = [
  change('aws_instance.web', ['create']),
  change('aws_security_group.sg', ['delete']),
];

function fingerprint(changes: Parameters<typeof assess>[0], moduleDir = 'infra') {
  return buildReport([assess(changes, { moduleDir })], 'high').fingerprint;
}

describe('fingerprint', () => {
  it('is the same whatever the order and whatever else the plan changes', () => {
    const base = fingerprint(risky);
    expect(fingerprint([...risky].reverse())).toBe(base);
    expect(fingerprint([...harmless, ...risky])).toBe(base);
  });

  it('changes when the risky set changes', () => {
    const base = fingerprint(risky);
    expect(fingerprint(risky.slice(0, 1))).not.toBe(base);
    expect(
      fingerprint([
        ...risky,
        change('aws_kms_key.k', ['delete'], { before: { deletion_window_in_days: 0 } }),
      ]),
    ).not.toBe(base);
    expect(fingerprint([risky[0]!, change('aws_s3_bucket.b', ['create', 'delete'])])).not.toBe(
      base,
    );
    expect(
      fingerprint([...risky, change('aws_db_instance.a', ['delete'], { deposed: 'abcd' })]),
    ).not.toBe(base);
    expect(fingerprint(risky, 'other')).not.toBe(base);
  });

  it('is stable across versions: an approval recorded by an older release still matches', () => {
    expect(fingerprint(harmless)).toBe(fingerprint([]));
    // sha256 of the empty set, truncated to 128 bits.
    expect(fingerprint([])).toBe('e3b0c44298fc1c149afbf4c8996fb924');
    expect(fingerprint(risky)).toBe(PINNED_RISKY);
  });
});
