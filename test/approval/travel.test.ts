import { describe, expect, it } from 'vitest';
import { decideApproval } from '../../src/approval/decide.js';
import {
  approvedSetOf,
  coveredBy,
  decideTravel,
  type ApprovedSet,
  type PullApproval,
  type SetFacts,
} from '../../src/approval/travel.js';
import { fingerprintOf } from '../../src/assess/fingerprint.js';
import { identityDigest, identityOf, riskySet } from '../../src/assess/identity.js';
import { finding } from '../report/factory.js';
import { facts, labeling, trusted } from './support.js';

const db = finding({ address: 'aws_db_instance.main', moduleDir: 'infra/db', object: 'o1' });
const bucket = finding({ address: 'aws_s3_bucket.logs', moduleDir: 'infra/db', object: 'o2' });
const swapped = finding({ address: 'aws_db_instance.main', moduleDir: 'infra/db', object: 'o9' });
const digest = (f: typeof db) => identityDigest(identityOf(f));

function setFacts(overrides: Partial<SetFacts> = {}): SetFacts {
  return {
    mode: 'label',
    label: 'destroy-approved',
    trust: trusted({ set: riskySet([db, bucket]), fingerprint: fingerprintOf([db, bucket]) }),
    labelPresent: true,
    labeling: labeling('alice', { at: '2026-11-20T10:00:00Z' }),
    ...overrides,
  };
}

const asSet = (set: ApprovedSet) => (set.kind === 'set' ? [...set.digests].sort() : set);

describe('the approved set a pull request carries', () => {
  it('is the record’s accepted set when the live label is the accepted labeling', () => {
    const accepted = { fingerprint: fingerprintOf([db]), set: [digest(db)], event: 7, by: 'alice' };
    const set = approvedSetOf(
      setFacts({ trust: trusted({ set: riskySet([db, bucket]), approved: accepted }) }),
    );
    expect(asSet(set)).toEqual([digest(db)]);
  });

  it('is the shown set when the label came after the comment showed it', () => {
    expect(asSet(approvedSetOf(setFacts()))).toEqual(riskySet([db, bucket]));
  });

  it('is nothing when the label came before the comment showed the set', () => {
    const set = approvedSetOf(
      setFacts({ labeling: labeling('alice', { at: '2026-11-20T08:00:00Z' }) }),
    );
    expect(set).toMatchObject({ kind: 'none', why: expect.stringContaining('before the comment') });
  });

  it('is nothing once the label is removed (also after merge), or was voided', () => {
    expect(approvedSetOf(setFacts({ labelPresent: false }))).toMatchObject({ kind: 'none' });
    expect(approvedSetOf(setFacts({ labeling: undefined }))).toMatchObject({ kind: 'none' });
    const voided = approvedSetOf(
      setFacts({ trust: trusted({ set: riskySet([db]), voidedEvent: 7 }) }),
    );
    expect(voided).toMatchObject({ kind: 'none', why: expect.stringContaining('voided') });
  });

  it('is nothing without a trusted record: nothing says what was approved', () => {
    const set = approvedSetOf(
      setFacts({ trust: { trusted: false, why: 'the comment was edited by @mallory' } }),
    );
    expect(set).toMatchObject({ kind: 'none', why: expect.stringContaining('@mallory') });
    expect(set).toMatchObject({ why: expect.stringContaining('cannot travel') });
  });

  it('is the digest only when the record kept no identities (past its budget)', () => {
    const fp = fingerprintOf([db, bucket]);
    const trust = {
      trusted: true as const,
      record: { fingerprint: fp },
      shownAt: '2026-11-20T09:00:00Z',
    };
    const set = approvedSetOf(setFacts({ trust }));
    expect(set).toEqual({ kind: 'digest', fingerprint: fp });
    expect(coveredBy(set, [db, bucket])).toEqual([db, bucket]);
    expect(coveredBy(set, [db])).toEqual([]);
  });

  it('in review mode is the set the comment shows; a label is not needed', () => {
    const set = approvedSetOf(
      setFacts({ mode: 'review', labelPresent: false, labeling: undefined }),
    );
    expect(asSet(set)).toEqual(riskySet([db, bucket]));
  });
});

describe('coverage', () => {
  const set: ApprovedSet = { kind: 'set', digests: new Set([digest(db), digest(bucket)]) };

  it('covers a subset, never a new finding or the same address holding another object', () => {
    expect(coveredBy(set, [db])).toEqual([db]);
    expect(coveredBy(set, [db, swapped])).toEqual([db]);
    const other = finding({ address: 'aws_rds_cluster.x', moduleDir: 'infra/db' });
    expect(coveredBy(set, [other])).toEqual([]);
  });

  it('is by the plan file and directory too: another plan’s identical address is not covered', () => {
    expect(coveredBy(set, [finding({ ...db, moduleDir: 'infra/other' })])).toEqual([]);
    expect(coveredBy(set, [finding({ ...db, plan: 'infra/db/staging.json' })])).toEqual([]);
  });
});

function pull(number: number, covered: readonly (typeof db)[], approved: boolean): PullApproval {
  const decision = decideApproval(
    facts(approved ? {} : { labeling: labeling('mallory'), permissions: new Map() }),
  );
  return {
    number,
    set: { kind: 'set', digests: new Set(covered.map(digest)) },
    covered,
    decision,
  };
}

describe('the verdict at apply time', () => {
  const push = { where: 'push', commit: 'c'.repeat(40) } as const;

  it('is approved when every risky change is covered by a holding approval', () => {
    const travel = decideTravel([db, bucket], [pull(7, [db, bucket], true)], push);
    expect(travel).toMatchObject({ approved: true, approvedBy: ['alice'], approvedIn: [7] });
    expect(travel.note.summary).toContain('Approved in #7 by @alice');
  });

  it('names each uncovered change and the pull request it was not approved in', () => {
    const travel = decideTravel([db, bucket], [pull(7, [db], true)], push);
    expect(travel.approved).toBe(false);
    expect([...travel.uncovered.keys()]).toEqual([bucket]);
    expect(travel.uncovered.get(bucket)).toBe('not approved in #7');
    expect(travel.note.details).toContain('`aws_s3_bucket.logs` (delete): not approved in #7');
  });

  it('does not let an approval that fails the live rules count', () => {
    const travel = decideTravel([db], [pull(7, [db], false)], push);
    expect(travel).toMatchObject({ approved: false, approvedIn: [] });
    expect(travel.note.details.join('\n')).toContain('#7: ');
  });

  it('one pull request’s approval covers only its own set', () => {
    const travel = decideTravel([db, bucket], [pull(7, [db], true), pull(8, [bucket], false)], {
      where: 'merge group',
      commit: 'd'.repeat(40),
    });
    expect(travel.approved).toBe(false);
    expect(travel.uncovered.get(bucket)).toBe('not approved in #7 or #8');
    const both = decideTravel([db, bucket], [pull(7, [db], true), pull(8, [bucket], true)], push);
    expect(both).toMatchObject({ approved: true, approvedIn: [7, 8] });
  });

  it('names a finding about the whole plan by its module directory', () => {
    const mass = finding({ address: '', kind: 'mass-destroy', moduleDir: 'infra/db', type: '' });
    const travel = decideTravel([mass], [pull(7, [db], true)], push);
    expect(travel.note.details).toContain(
      'the whole plan of `infra/db` (mass destroy): not approved in #7',
    );
  });

  it('blocks a commit no pull request produced, naming the commit', () => {
    const travel = decideTravel([db], [], push);
    expect(travel.approved).toBe(false);
    expect(travel.note.summary).toContain(`No pull request produced commit ${'c'.repeat(12)}`);
    expect(travel.note.howTo).toContain('direct push');
  });

  it('lists at most 20 uncovered changes in the note and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => finding({ address: `aws_s3_bucket.b${i}` }));
    const travel = decideTravel(many, [], push);
    expect(travel.uncovered.size).toBe(25);
    expect(travel.note.details.at(-1)).toContain('5 more risky changes');
  });
});
