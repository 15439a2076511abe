import { describe, expect, it } from 'vitest';
import { affectedPaths } from '../../src/approval/affected.js';
import { decideApproval } from '../../src/approval/decide.js';
import {
  membershipKey,
  type ApprovalFacts,
  type Labeling,
  type Membership,
} from '../../src/approval/facts.js';
import { parseCodeowners } from '../../src/codeowners/index.js';

const FP = 'a'.repeat(32);
const OTHER_FP = 'b'.repeat(32);
const CODEOWNERS = parseCodeowners(
  ['* @root-admin', '/infra/db/ @alice @acme/dba', '/infra/net/ @bob', '/infra/scratch/'].join(
    '\n',
  ),
);

function labeling(login: string, fields: Partial<Labeling> = {}): Labeling {
  return { eventId: 7, actor: { login, type: 'User' }, at: '2026-11-20T10:00:00Z', ...fields };
}

function facts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    mode: 'label',
    label: 'destroy-approved',
    author: { login: 'carol', type: 'User' },
    headSha: 'head1',
    allowSelfApproval: false,
    fingerprint: FP,
    record: { fingerprint: FP, publishedAt: '2026-11-20T09:00:00Z' },
    triggeredByLabel: false,
    labelPresent: true,
    labeling: labeling('alice'),
    reviews: [],
    affected: affectedPaths(['infra/db'], ['infra/db/main.tf', 'README.md'], CODEOWNERS),
    memberships: new Map<string, Membership>(),
    membershipHint: 'set owners-token',
    ...overrides,
  };
}

describe('label approval', () => {
  it('approves a code owner who labeled after the comment showed this risky set', () => {
    const decision = decideApproval(facts());
    expect(decision).toMatchObject({ approved: true, approvedBy: ['alice'], staleLabel: false });
    expect(decision.record).toEqual({ fingerprint: FP, approved: FP });
    expect(decision.note.status).toBe('approved');
  });

  it('waits when no label is applied, and lists who can approve', () => {
    const decision = decideApproval(facts({ labelPresent: false, labeling: undefined }));
    expect(decision.approved).toBe(false);
    expect(decision.note).toMatchObject({ status: 'missing', approvers: ['@acme/dba', '@alice'] });
    expect(decision.note.howTo).toContain('`destroy-approved` label');
  });

  it('refuses the pull request author unless self-approval is allowed', () => {
    const own = facts({ author: { login: 'alice', type: 'User' } });
    expect(decideApproval(own).note.details.join(' ')).toContain(
      '@alice is the pull request author',
    );
    expect(decideApproval({ ...own, allowSelfApproval: true }).approved).toBe(true);
  });

  it('refuses bots and labels applied through an app', () => {
    expect(
      decideApproval(
        facts({
          labeling: labeling('renovate[bot]', { actor: { login: 'renovate[bot]', type: 'Bot' } }),
        }),
      ).approved,
    ).toBe(false);
    const viaApp = decideApproval(facts({ labeling: labeling('alice', { viaApp: 'some-app' }) }));
    expect(viaApp.approved).toBe(false);
    expect(viaApp.note.details.join(' ')).toContain('through the app some-app');
  });

  it('refuses someone who does not own the affected paths, and says who does', () => {
    const decision = decideApproval(facts({ labeling: labeling('bob') }));
    expect(decision.approved).toBe(false);
    expect(decision.note.details[0]).toBe('@bob is not a code owner of `infra/db/main.tf`');
    expect(decision.note.approvers).toEqual(['@acme/dba', '@alice']);
  });

  it('counts an active team member, not a pending or unknown one', () => {
    const key = membershipKey('dave', 'acme', 'dba');
    const as = (membership: Membership) =>
      decideApproval(
        facts({ labeling: labeling('dave'), memberships: new Map([[key, membership]]) }),
      );
    expect(as('active').approved).toBe(true);
    expect(as('not-member').approved).toBe(false);
    const unknown = as('unknown');
    expect(unknown.approved).toBe(false);
    expect(unknown.note.details.join(' ')).toContain(
      "could not confirm @dave's membership in @acme/dba: set owners-token",
    );
  });

  it('requires the labeler to own every affected path', () => {
    const affected = affectedPaths(
      ['infra/db', 'infra/net'],
      ['infra/db/main.tf', 'infra/net/vpc.tf'],
      CODEOWNERS,
    );
    expect(decideApproval(facts({ affected })).approved).toBe(false);
    expect(decideApproval(facts({ affected, labeling: labeling('root-admin') })).approved).toBe(
      false,
    );
  });

  it('fails closed on a path nobody owns', () => {
    const affected = affectedPaths(['infra/scratch'], [], CODEOWNERS);
    const decision = decideApproval(facts({ affected }));
    expect(decision.approved).toBe(false);
    expect(decision.note.status).toBe('refused');
    expect(decision.note.details[0]).toContain(
      '`infra/scratch/` has no code owner (CODEOWNERS line 4 clears its owners)',
    );
  });

  it('keeps an approval while the risky set is unchanged', () => {
    const decision = decideApproval(
      facts({ record: { fingerprint: FP, approved: FP, publishedAt: '2026-11-21T00:00:00Z' } }),
    );
    expect(decision.approved).toBe(true);
  });

  it('voids the approval when the risky set changed, and remembers the voided labeling', () => {
    const decision = decideApproval(facts({ fingerprint: OTHER_FP }));
    expect(decision).toMatchObject({ approved: false, staleLabel: true });
    expect(decision.note.status).toBe('stale');
    expect(decision.record).toEqual({ fingerprint: OTHER_FP, voidedEvent: 7 });
    // The next run sees the same labeling, already voided: still not approved.
    const next = decideApproval(
      facts({
        fingerprint: OTHER_FP,
        record: { ...decision.record, publishedAt: '2026-11-20T11:00:00Z' },
      }),
    );
    expect(next.approved).toBe(false);
  });

  it('voids an approval recorded for another risky set', () => {
    const decision = decideApproval(
      facts({ record: { fingerprint: OTHER_FP, approved: OTHER_FP } }),
    );
    expect(decision).toMatchObject({ approved: false, staleLabel: true });
  });

  it('does not count a label applied before the comment showed the current risky set', () => {
    const decision = decideApproval(
      facts({ record: { fingerprint: FP, publishedAt: '2026-11-20T10:30:00Z' } }),
    );
    expect(decision.approved).toBe(false);
    expect(decision.staleLabel).toBe(true);
  });

  it('with no comment to go by, counts only the labeling that started this run', () => {
    expect(decideApproval(facts({ record: undefined })).approved).toBe(false);
    expect(decideApproval(facts({ record: undefined, triggeredByLabel: true })).approved).toBe(
      true,
    );
  });
});

describe('review approval', () => {
  const approved = (login: string, commitId = 'head1') => ({
    user: { login, type: 'User' },
    state: 'APPROVED',
    commitId,
  });

  it('approves with a code owner review at the head commit', () => {
    const decision = decideApproval(facts({ mode: 'review', reviews: [approved('alice')] }));
    expect(decision).toMatchObject({ approved: true, approvedBy: ['alice'] });
  });

  it('needs a new review after a push', () => {
    const decision = decideApproval(facts({ mode: 'review', reviews: [approved('alice', 'old')] }));
    expect(decision.approved).toBe(false);
    expect(decision.note.details[0]).toContain('at the latest commit');
  });

  it('lets several owners cover several directories together', () => {
    const affected = affectedPaths(
      ['infra/db', 'infra/net'],
      ['infra/db/main.tf', 'infra/net/vpc.tf'],
      CODEOWNERS,
    );
    expect(
      decideApproval(facts({ mode: 'review', affected, reviews: [approved('alice')] })).approved,
    ).toBe(false);
    expect(
      decideApproval(
        facts({ mode: 'review', affected, reviews: [approved('alice'), approved('bob')] }),
      ).approved,
    ).toBe(true);
  });

  it('accepts either in label-or-review mode', () => {
    const viaReview = decideApproval(
      facts({
        mode: 'label-or-review',
        labelPresent: false,
        labeling: undefined,
        reviews: [approved('alice')],
      }),
    );
    expect(viaReview.approved).toBe(true);
    const viaLabel = decideApproval(facts({ mode: 'label-or-review' }));
    expect(viaLabel.approved).toBe(true);
  });
});
