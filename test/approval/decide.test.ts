import { describe, expect, it } from 'vitest';
import { decideApproval } from '../../src/approval/decide.js';
import { membershipKey, type Membership } from '../../src/approval/facts.js';
import { affected, facts, FP, labeling, OTHER_FP, SET, trusted } from './support.js';

describe('label approval: who (rules 1–3)', () => {
  it('approves a code owner with write access who labeled after the comment showed this set', () => {
    const decision = decideApproval(facts());
    expect(decision).toMatchObject({ approved: true, approvedBy: ['alice'], staleLabel: false });
    expect(decision.record).toEqual({
      fingerprint: FP,
      set: SET,
      approved: { fingerprint: FP, set: SET, event: 7, by: 'alice' },
    });
  });

  it('waits when no label is applied, and lists who can approve', () => {
    const decision = decideApproval(facts({ labelPresent: false, labeling: undefined }));
    expect(decision.note).toMatchObject({ status: 'missing', approvers: ['@acme/dba', '@alice'] });
  });

  it('refuses the author and any author or committer of the PR’s commits', () => {
    const own = decideApproval(facts({ author: { login: 'Alice', type: 'User' } }));
    expect(own.note.details.join(' ')).toContain('@alice is the pull request author');
    const committer = decideApproval(
      facts({ contributors: { logins: ['ALICE'], complete: true } }),
    );
    expect(committer.approved).toBe(false);
    expect(committer.note.details.join(' ')).toContain('authored or committed commits');
    expect(
      decideApproval(
        facts({ contributors: { logins: ['alice'], complete: true }, allowSelfApproval: true }),
      ).approved,
    ).toBe(true);
  });

  it('fails closed when the commits could not all be listed', () => {
    const decision = decideApproval(facts({ contributors: { logins: [], complete: false } }));
    expect(decision.approved).toBe(false);
    expect(decision.note.details.join(' ')).toContain('more than 250 commits');
  });

  it('refuses bots and labels applied through an app', () => {
    const bot = labeling('renovate[bot]', { actor: { login: 'renovate[bot]', type: 'Bot' } });
    expect(decideApproval(facts({ labeling: bot })).approved).toBe(false);
    const viaApp = decideApproval(facts({ labeling: labeling('alice', { viaApp: 'some-app' }) }));
    expect(viaApp.note.details.join(' ')).toContain('through the app some-app');
  });

  it('refuses an owner without write access', () => {
    const decision = decideApproval(
      facts({
        labeling: labeling('dave'),
        memberships: new Map([[membershipKey('dave', 'acme', 'dba'), 'active' as Membership]]),
        permissions: new Map([['dave', 'read']]),
      }),
    );
    expect(decision.approved).toBe(false);
    expect(decision.note.details.join(' ')).toContain('@dave has read access');
  });

  it('counts an active team member, not a pending or unknown one', () => {
    const key = membershipKey('dave', 'acme', 'dba');
    const as = (membership: Membership) =>
      decideApproval(
        facts({ labeling: labeling('dave'), memberships: new Map([[key, membership]]) }),
      );
    expect(as('active').approved).toBe(true);
    expect(as('not-member').approved).toBe(false);
    expect(as('unknown').note.details.join(' ')).toContain(
      "could not confirm @dave's membership in @acme/dba",
    );
  });

  it('decides on the Terraform files only: a README owner never approves', () => {
    const withReadme = affected(
      ['infra/db'],
      [{ filename: 'infra/db/README.md', status: 'modified' }],
    );
    expect(withReadme.affected.map((path) => path.path)).toEqual(['infra/db/main.tf']);
    expect(decideApproval(facts({ ...withReadme, labeling: labeling('carol') })).approved).toBe(
      false,
    );
  });

  it('requires the labeler to own every module directory’s files', () => {
    const both = affected(['infra/db', 'infra/net']);
    expect(decideApproval(facts(both)).approved).toBe(false);
    expect(decideApproval(facts({ ...both, labeling: labeling('root-admin') })).approved).toBe(
      false,
    );
  });

  it('nobody approves a file without owner, nor a directory without Terraform files', () => {
    const unowned = decideApproval(facts(affected(['infra/scratch'])));
    expect(unowned.note.details[0]).toContain(
      '`infra/scratch/x.tf` has no code owner (CODEOWNERS line 4 clears its owners)',
    );
    const empty = decideApproval(facts(affected(['docs'])));
    expect(empty.approved).toBe(false);
    expect(empty.note.details[0]).toContain('MODULE_DIR=');
  });

  it('reports an e-mail owner as unresolvable', () => {
    const decision = decideApproval(
      facts({ ...affected(['infra/mail']), labeling: labeling('alice') }),
    );
    expect(decision.approved).toBe(false);
    expect(decision.note.details.join(' ')).toContain('`ops@example.com`, an e-mail address');
  });
});

describe('label approval: what (rule 4)', () => {
  it('keeps an approval while the risky set stays within the approved one', () => {
    const record = trusted({
      approved: { fingerprint: OTHER_FP, set: [...SET, '3333333333333333'], event: 7, by: 'alice' },
    });
    expect(decideApproval(facts({ record })).approved).toBe(true);
  });

  it('voids the approval when the set grows, and remembers the voided labeling', () => {
    const record = trusted({
      approved: { fingerprint: OTHER_FP, set: [SET[0] ?? ''], event: 7, by: 'alice' },
    });
    const decision = decideApproval(facts({ record }));
    expect(decision).toMatchObject({ approved: false, staleLabel: true });
    expect(decision.note.status).toBe('stale');
    expect(decision.record.voidedEvent).toBe(7);
    const next = decideApproval(facts({ record: trusted({ voidedEvent: 7 }) }));
    expect(next.approved).toBe(false);
  });

  it('counts a label only strictly after the comment showed the set', () => {
    expect(decideApproval(facts({ record: trusted({}, '2026-11-20T10:00:00Z') })).approved).toBe(
      false,
    );
    expect(decideApproval(facts({ record: trusted({}, '2026-11-20T09:59:59Z') })).approved).toBe(
      true,
    );
  });

  it('a label applied while a bigger set was shown covers a smaller one', () => {
    const record = trusted({ fingerprint: OTHER_FP, set: [...SET, '3333333333333333'] });
    expect(decideApproval(facts({ record })).approved).toBe(true);
    const smaller = trusted({ fingerprint: OTHER_FP, set: [SET[0] ?? ''] });
    expect(decideApproval(facts({ record: smaller })).approved).toBe(false);
  });

  it('past the record budget, only the same digest is covered', () => {
    const bare = { fingerprint: OTHER_FP };
    expect(
      decideApproval(
        facts({ record: { trusted: true, record: bare, shownAt: '2026-11-20T09:00:00Z' } }),
      ).approved,
    ).toBe(false);
    expect(
      decideApproval(
        facts({
          record: { trusted: true, record: { fingerprint: FP }, shownAt: '2026-11-20T09:00:00Z' },
        }),
      ).approved,
    ).toBe(true);
  });

  it('without a trusted record, counts a label only after GitHub’s record of the latest push', () => {
    const untrusted = { trusted: false as const, why: 'the comment was edited by @mallory' };
    expect(
      decideApproval(facts({ record: untrusted, latestPushAt: '2026-11-20T09:00:00Z' })).approved,
    ).toBe(true);
    const before = decideApproval(
      facts({ record: untrusted, latestPushAt: '2026-11-20T10:00:00Z' }),
    );
    expect(before).toMatchObject({ approved: false, staleLabel: true });
    expect(before.note.details[0]).toContain('edited by @mallory');
    const unknown = decideApproval(facts({ record: untrusted, latestPushAt: undefined }));
    expect(unknown).toMatchObject({ approved: false, staleLabel: false });
  });
});

describe('review approval', () => {
  const approved = (login: string, commitId = 'head1') => ({
    user: { login, type: 'User' },
    state: 'APPROVED',
    commitId,
  });

  it('approves with a code owner review at the head commit, not an older one', () => {
    expect(decideApproval(facts({ mode: 'review', reviews: [approved('alice')] }))).toMatchObject({
      approved: true,
      approvedBy: ['alice'],
    });
    expect(
      decideApproval(facts({ mode: 'review', reviews: [approved('alice', 'old')] })).approved,
    ).toBe(false);
  });

  it('refuses a reviewer without write access or who committed', () => {
    expect(
      decideApproval(
        facts({ mode: 'review', reviews: [approved('alice')], permissions: new Map() }),
      ).approved,
    ).toBe(false);
    expect(
      decideApproval(
        facts({
          mode: 'review',
          reviews: [approved('alice')],
          contributors: { logins: ['alice'], complete: true },
        }),
      ).approved,
    ).toBe(false);
  });

  it('lets several owners cover several directories together', () => {
    const both = affected(['infra/db', 'infra/net']);
    expect(
      decideApproval(facts({ mode: 'review', ...both, reviews: [approved('alice')] })).approved,
    ).toBe(false);
    expect(
      decideApproval(
        facts({ mode: 'review', ...both, reviews: [approved('alice'), approved('bob')] }),
      ).approved,
    ).toBe(true);
  });

  it('accepts either in label-or-review mode', () => {
    expect(
      decideApproval(
        facts({
          mode: 'label-or-review',
          labelPresent: false,
          labeling: undefined,
          reviews: [approved('alice')],
        }),
      ).approved,
    ).toBe(true);
    expect(decideApproval(facts({ mode: 'label-or-review' })).approved).toBe(true);
  });
});
