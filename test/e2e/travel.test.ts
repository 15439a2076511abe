/**
 * The approval travels (docs/design.md section 4a): a pull request's approval carried to the
 * push after merge and to the merge queue, judged against the plan made at apply time. Each
 * scenario has a control where the owner's approval does count.
 */
import { describe, expect, it } from 'vitest';
import {
  apiLine,
  expectNotApprovedIn,
  approvePull,
  labelPull,
  manyDatabases,
  merge,
  namedIn,
  onMergeGroup,
  onPull,
  onPush,
  onPushTo,
  only,
  openSecondPull,
  planInput,
  SECOND_PR,
  shared,
  useTravelWorld,
  verdictOf,
  withExtraDatabase,
  withSwappedDatabase,
} from './travel-world.js';
import { clock, fake } from './trust-world.js';
import { BASE, HEAD, LABEL, ownComments, PR, REPO, TOKENS } from './world.js';

useTravelWorld();

const DB = 'aws_db_instance.orders';
const VAULT = 'aws_backup_vault.main';
const SNAPSHOT = 'aws_db_snapshot.before_migration';
const incident = () => planInput('approved', 'incident');

describe('push after merge', () => {
  it('1. an approved PR squash-merged, the same risky set on main: approved, ≤ 8 requests, 0 writes', async () => {
    const plan = incident();
    await approvePull(PR, plan);
    const push = await onPush(plan, merge(PR, 'squash'));
    const routes = push.requests.map((r) => r.route ?? r.path);
    console.log(
      `push run, one PR: ${push.requests.length} requests, ${push.writes.length} writes (${routes.join(', ')})`,
    );
    expect(verdictOf(push)).toBe('approved');
    expect(push.run.code).toBe(0);
    expect(push.run.outputs['approved-by']).toBe('alice');
    expect(push.run.outputs['approved-in']).toBe(String(PR));
    expect(Number(push.run.outputs['requires-approval'])).toBeGreaterThan(0);
    expect(push.run.outputs['fingerprint']).toMatch(/^[0-9a-f]+$/u);
    expect(push.requests.length).toBeLessThanOrEqual(8);
    expect(push.writes).toEqual([]);
    expect(routes).toContain('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls');
    expect(apiLine(push)).toBe(`GitHub API: ${push.requests.length} requests, 0 writes`);
  });

  it('2. the push plan adds a stateful destroy: blocked, the new finding named', async () => {
    await approvePull(PR, incident());
    const moved = merge(PR);
    const push = await onPush(planInput('extra', 'incident', withExtraDatabase), moved);
    expect(verdictOf(push)).toBe('blocked');
    expect(push.run.code).toBe(1);
    expectNotApprovedIn(push, 'aws_db_instance.reports', PR);
    expect(push.writes).toEqual([]);
    // Control: the plan the owner approved, on the same push.
    expect(verdictOf(await onPush(incident(), moved))).toBe('approved');
  });

  it('3. a subset of the approved set is covered', async () => {
    await approvePull(PR, planInput('three', 'incident', only(DB, VAULT, SNAPSHOT)));
    const moved = merge(PR);
    const push = await onPush(planInput('one', 'incident', only(DB)), moved);
    expect(verdictOf(push)).toBe('approved');
    expect(push.run.outputs['requires-approval']).toBe('1');
    expect(push.run.outputs['approved-in']).toBe(String(PR));
  });

  it('4. the same address holding another object (a swapped state) is not covered', async () => {
    await approvePull(PR, incident());
    const moved = merge(PR);
    const push = await onPush(planInput('swapped', 'incident', withSwappedDatabase), moved);
    expect(verdictOf(push)).toBe('blocked');
    expectNotApprovedIn(push, DB, PR);
    expect(namedIn(push)).not.toContain('db-staging-orders');
    expect(verdictOf(await onPush(incident(), moved))).toBe('approved'); // control
  });

  it('5a. merged with a label by a non-owner: blocked; the owner’s label after merge counts', async () => {
    const plan = incident();
    await onPull(PR, plan);
    labelPull(PR, 'mallory');
    expect((await onPull(PR, plan, 'labeled')).outputs['verdict']).toBe('blocked');
    const moved = merge(PR);
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('blocked');
    expectNotApprovedIn(push, DB, PR);
    fake.removeLabel(REPO, PR, LABEL, 'mallory');
    labelPull(PR, 'alice'); // control
    const control = await onPush(plan, moved);
    expect(verdictOf(control)).toBe('approved');
    expect(control.run.outputs['approved-by']).toBe('alice');
  });

  it('5c. a PR that makes its author’s ally an owner gains nothing: ownership is read at the base it merged onto', async () => {
    const plan = incident();
    await onPull(PR, plan);
    labelPull(PR, 'mallory');
    const moved = merge(PR);
    // After the merge, main's CODEOWNERS is the PR's own edit.
    fake.setContent(REPO, moved.after, '.github/CODEOWNERS', '* @mallory\n');
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('blocked');
    expect(namedIn(push)).toContain('@mallory is not a code owner');
    fake.removeLabel(REPO, PR, LABEL, 'mallory');
    labelPull(PR, 'alice'); // control: the owner at the base
    expect(verdictOf(await onPush(plan, moved))).toBe('approved');
  });

  it('5b. merged with no label at all: blocked', async () => {
    const plan = incident();
    await onPull(PR, plan);
    const moved = merge(PR);
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('blocked');
    expect(push.run.outputs['approved-in'] ?? '').toBe('');
    expectNotApprovedIn(push, DB, PR);
    expect(push.writes).toEqual([]);
    labelPull(PR, 'alice'); // control
    expect(verdictOf(await onPush(plan, moved))).toBe('approved');
  });

  it('6. a direct push no PR produced: blocked when risky, pass when harmless with no request', async () => {
    const moved = fake.pushBranch(REPO, 'main', 'd'.repeat(40), {
      parents: [BASE],
      by: 'platform-lead',
    });
    const risky = await onPush(incident(), moved);
    expect(verdictOf(risky)).toBe('blocked');
    expect(risky.run.code).toBe(1);
    expect(risky.requests.map((r) => r.route)).toContain(
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    );
    expect(risky.writes).toEqual([]);
    const harmless = await onPush('infra/db=examples/harmless/plan.json', moved);
    expect(verdictOf(harmless)).toBe('pass');
    expect(harmless.run.code).toBe(0);
    expect(harmless.requests).toEqual([]);
  });

  it('8. one PR’s approval never covers another PR’s commit', async () => {
    const plan = incident();
    openSecondPull();
    await approvePull(PR, plan);
    await onPull(SECOND_PR, plan); // #8 shows the same risky set; nobody approves it
    const first = merge(PR);
    expect(verdictOf(await onPush(plan, first))).toBe('approved'); // control: #7's own commit
    const second = merge(SECOND_PR, 'squash', 'f'.repeat(40));
    const push = await onPush(plan, second);
    expect(verdictOf(push)).toBe('blocked');
    expectNotApprovedIn(push, DB, SECOND_PR);
    expect(push.run.outputs['approved-in'] ?? '').not.toContain(String(PR));
    labelPull(SECOND_PR, 'alice'); // control: #8's own approval
    const control = await onPush(plan, second);
    expect(verdictOf(control)).toBe('approved');
    expect(control.run.outputs['approved-in']).toBe(String(SECOND_PR));
  });

  it('9. the label removed after merge withdraws the approval; the owner re-applying it restores it', async () => {
    const plan = incident();
    await approvePull(PR, plan);
    const moved = merge(PR);
    clock.advance(60);
    fake.removeLabel(REPO, PR, LABEL, 'dev');
    const withdrawn = await onPush(plan, moved);
    expect(verdictOf(withdrawn)).toBe('blocked');
    expect(withdrawn.run.code).toBe(1);
    expectNotApprovedIn(withdrawn, DB, PR);
    labelPull(PR, 'alice');
    const restored = await onPush(plan, moved);
    expect(verdictOf(restored)).toBe('approved');
    expect(restored.run.outputs['approved-by']).toBe('alice');
  });

  for (const method of ['rebase', 'merge'] as const) {
    it(`10. a ${method} merge of the approved PR: approved on the push`, async () => {
      fake.pushCommit(REPO, PR, 'c'.repeat(40)); // two commits, replayed one by one on a rebase
      const plan = incident();
      await approvePull(PR, plan);
      const moved = merge(PR, method);
      const push = await onPush(plan, moved);
      expect(verdictOf(push)).toBe('approved');
      expect(push.run.outputs['approved-in']).toBe(String(PR));
      expect(push.requests.length).toBeLessThanOrEqual(8);
      expect(push.writes).toEqual([]);
    });
  }
});

describe('merge queue', () => {
  it('7a. a group of one approved PR: approved; with an extra destroy: blocked', async () => {
    await approvePull(PR, incident());
    const group = fake.queueMerge(REPO, 'main', [PR]);
    const queued = await onMergeGroup(incident(), group);
    console.log(
      `merge_group run, one PR: ${queued.requests.length} requests, ${queued.writes.length} writes`,
    );
    expect(verdictOf(queued)).toBe('approved');
    expect(queued.run.outputs['approved-in']).toBe(String(PR));
    expect(queued.run.outputs['approved-by']).toBe('alice');
    expect(queued.writes).toEqual([]);
    expect(queued.requests.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        'GET /repos/{owner}/{repo}/compare/{basehead}',
        'GET /repos/{owner}/{repo}/git/matching-refs/{ref+}',
      ]),
    );
    expect(apiLine(queued)).toBe(`GitHub API: ${queued.requests.length} requests, 0 writes`);
    const extra = await onMergeGroup(planInput('extra', 'incident', withExtraDatabase), group);
    expect(verdictOf(extra)).toBe('blocked');
    expect(extra.run.code).toBe(1);
    expect(extra.run.summary).toContain('aws_db_instance.reports');
  });

  it('7b. a group of two PRs, one approved: blocked naming the other’s finding; both approved: approved', async () => {
    openSecondPull();
    await approvePull(PR, planInput('seven', 'incident', only(DB)));
    await onPull(SECOND_PR, planInput('eight', 'incident', only(VAULT)));
    const group = fake.queueMerge(REPO, 'main', [PR, SECOND_PR]);
    const both = planInput('group', 'incident', only(DB, VAULT));
    const run = await onMergeGroup(both, group);
    expect(verdictOf(run)).toBe('blocked');
    expectNotApprovedIn(run, VAULT, SECOND_PR);
    // #7's finding is covered: it is listed, never as unapproved.
    expect(run.run.stdout).not.toMatch(/::error[^\n]*aws_db_instance\.orders[^\n]*not approved/u);
    labelPull(SECOND_PR, 'alice'); // control
    const approved = await onMergeGroup(both, group);
    expect(verdictOf(approved)).toBe('approved');
    expect(approved.run.outputs['approved-in']).toBe(`${PR},${SECOND_PR}`);
  });

  it('a PR pushed to after it was queued is not the PR the group was built from', async () => {
    const plan = incident();
    await approvePull(PR, plan);
    const group = fake.queueMerge(REPO, 'main', [PR]);
    expect(verdictOf(await onMergeGroup(plan, group))).toBe('approved'); // control
    fake.pushCommit(REPO, PR, 'c'.repeat(40));
    const stale = await onMergeGroup(plan, group);
    expect(verdictOf(stale)).toBe('blocked');
    expect(stale.run.code).toBe(1);
  });
});

describe('the edges of where an approval travels', () => {
  it('a PR merged into another branch does not approve a push to main, whatever its commit', async () => {
    fake.setBase(REPO, PR, { sha: BASE, ref: 'release' });
    const plan = incident();
    await approvePull(PR, plan);
    const moved = merge(PR);
    const onMain = await onPushTo('refs/heads/main', plan, moved);
    expect(verdictOf(onMain)).toBe('blocked');
    expect(verdictOf(await onPushTo('refs/heads/release', plan, moved))).toBe('approved'); // control
  });

  it('an approved PR’s head pushed straight to main is not a merge: blocked until the PR is merged', async () => {
    const plan = incident();
    await approvePull(PR, plan);
    const direct = fake.pushBranch(REPO, 'main', HEAD, { parents: [BASE] });
    const push = await onPush(plan, direct);
    expect(verdictOf(push)).toBe('blocked');
    expect(push.writes).toEqual([]);
    expect(verdictOf(await onPush(plan, merge(PR)))).toBe('approved'); // control
  });

  it('past the record’s identity budget only the whole approved set is covered', async () => {
    const big = planInput('big', 'incident', manyDatabases(1300));
    await approvePull(PR, big);
    const marker = ownComments(fake)[0]?.body.split('\n')[0] ?? '';
    expect(marker).toMatch(/ afp=[0-9a-f]+/u);
    expect(marker).not.toMatch(/ a?set=/u); // the digests only, no identity list
    const moved = merge(PR);
    const same = await onPush(big, moved);
    expect(verdictOf(same)).toBe('approved');
    const smaller = await onPush(planInput('big-less-one', 'incident', manyDatabases(1299)), moved);
    expect(verdictOf(smaller)).toBe('blocked');
    expect(namedIn(smaller)).toContain('only the digest');
  });

  it('a record edited by another account after merge is not trusted: blocked', async () => {
    const plan = incident();
    await approvePull(PR, plan);
    const moved = merge(PR);
    expect(verdictOf(await onPush(plan, moved))).toBe('approved'); // control
    const own = ownComments(fake)[0];
    fake.editComment(own?.id ?? 0, `${own?.body ?? ''}\n`, { by: 'mallory' });
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('blocked');
    expect(push.writes).toEqual([]);
  });

  it('a team owner’s approval travels with owners-token, and only with it', async () => {
    shared.extra = { 'owners-token': TOKENS.owners };
    const plan = incident();
    await approvePull(PR, plan, 'bob'); // bob owns /infra/db/ through @acme/dba
    const moved = merge(PR);
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('approved');
    expect(push.run.outputs['approved-by']).toBe('bob');
    shared.extra = {};
    expect(verdictOf(await onPush(plan, moved))).toBe('blocked'); // the job token cannot read teams
  });

  it('an approval given without a comment (comment: never) does not travel', async () => {
    const plan = incident();
    shared.extra = { comment: 'never' };
    await approvePull(PR, plan); // approved on the PR: the label came after the latest push
    expect(ownComments(fake)).toEqual([]);
    const moved = merge(PR);
    shared.extra = {};
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('blocked');
    await onPull(PR, plan); // control: the comment shows the set, the owner labels again
    fake.removeLabel(REPO, PR, LABEL, 'alice');
    labelPull(PR, 'alice');
    expect(verdictOf(await onPush(plan, moved))).toBe('approved');
  });
});

describe('review mode and the signed record at apply time', () => {
  it('a code owner’s review at the PR’s last head travels; one at an older head does not', async () => {
    shared.extra = { approval: 'review' };
    const plan = incident();
    await onPull(PR, plan);
    fake.addReview(REPO, PR, 'alice', 'APPROVED', { commitId: HEAD });
    expect(verdictOf({ run: await onPull(PR, plan), requests: [], writes: [] })).toBe('approved');
    const moved = merge(PR);
    const push = await onPush(plan, moved);
    expect(verdictOf(push)).toBe('approved');
    expect(push.run.outputs['approved-by']).toBe('alice');
    expect(push.run.outputs['approved-in']).toBe(String(PR));

    // Another PR whose owner review is on a commit before its last push: not an approval.
    openSecondPull();
    await onPull(SECOND_PR, plan);
    fake.addReview(REPO, SECOND_PR, 'alice', 'APPROVED', { commitId: '8'.repeat(40) });
    fake.pushCommit(REPO, SECOND_PR, '9'.repeat(40));
    await onPull(SECOND_PR, plan);
    const stale = await onPush(plan, merge(SECOND_PR, 'squash', 'f'.repeat(40)));
    expect(verdictOf(stale)).toBe('blocked');
    expectNotApprovedIn(stale, DB, SECOND_PR);
    expect(namedIn(stale)).toContain('no approving review at the latest commit');
  });

  it('with record-key, the push verifies the PR’s signed record; another key does not', async () => {
    const key = { 'record-key': 'k3y-from-a-protected-environment' };
    shared.extra = key;
    const plan = incident();
    await approvePull(PR, plan);
    const moved = merge(PR);
    expect(verdictOf(await onPush(plan, moved))).toBe('approved');
    shared.extra = { 'record-key': 'another-key' };
    const forged = await onPush(plan, moved);
    expect(verdictOf(forged)).toBe('blocked');
    expect(namedIn(forged)).toContain('signed with another key');
  });
});
