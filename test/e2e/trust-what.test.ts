/** What an approval covers and who writes its record: points 2, 3, 4, and the request counts. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeOf, readExample, writePlan } from './plans.js';
import {
  body,
  codeowners,
  fake,
  guard,
  label,
  markerFields,
  push,
  relabel,
  scratch,
  useTrustWorld,
  verdict,
  type Guard,
} from './trust-world.js';
import { LABEL, ownComments, pull, REPO, PR, RISKY_PLAN } from './world.js';

useTrustWorld();

describe('2. the record cannot be forged', () => {
  it('a writer who edits the record after the owner approved a smaller set gains nothing', async () => {
    const small = 'infra/db=examples/deletion-protection-off/plan.json';
    const extra = { 'dismiss-stale-approval': 'false' };
    await guard(small, { extra });
    label('alice');
    expect(verdict(await guard(small, { action: 'labeled', extra }))).toBe('approved');
    push('c'.repeat(40));
    const grown = await guard(RISKY_PLAN, { extra });
    expect(verdict(grown)).toBe('blocked');

    // mallory rewrites the record: the grown set, "shown" long before alice's label.
    const fields = markerFields(body());
    const fp = grown.outputs['fingerprint'] ?? '';
    const forged = `<!-- destroy-guard key=default v=2 fp=${fp} set=${fields.get('set') ?? ''} since=2026-01-01T00:00:00Z fingerprint=${fp} approved=${fp} -->`;
    const own = ownComments(fake)[0];
    fake.editComment(own?.id ?? 0, `${forged}\n${body().split('\n').slice(1).join('\n')}`, {
      by: 'mallory',
    });
    const attacked = await guard(RISKY_PLAN, { extra });
    expect(verdict(attacked)).toBe('blocked');
    expect(attacked.stdout).toContain('edited by @mallory');
    // The tampered comment is replaced by a fresh one the next run can trust.
    expect(ownComments(fake)).toHaveLength(1);
    expect(ownComments(fake)[0]?.id).not.toBe(own?.id);

    relabel('alice'); // control: the owner approves the grown set after seeing it
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled', extra }))).toBe('approved');
  });

  it('with record-key, a record forged as github-actions[bot] by another workflow is ignored', async () => {
    const signed = { 'record-key': 'k3y-from-a-protected-environment' };
    await guard(RISKY_PLAN, { extra: signed });
    const own = ownComments(fake)[0];
    expect(markerFields(own?.body ?? '').get('sig')).toMatch(/^[0-9a-f]{64}$/u);
    label('mallory'); // mallory owns nothing; she forges an approval as the bot
    const labeled = pull(fake).events.at(-1);
    const fields = markerFields(own?.body ?? '');
    const forged = `<!-- destroy-guard key=default v=2 fp=${fields.get('fp') ?? ''} set=${fields.get('set') ?? ''} afp=${fields.get('fp') ?? ''} aset=${fields.get('set') ?? ''} aevent=${labeled?.id ?? 0} aby=alice sig=${'0'.repeat(64)} -->`;
    fake.editComment(own?.id ?? 0, `${forged}\nforged`, { by: 'github-actions[bot]' });
    relabel('alice');
    // alice's label came before the forged record was "shown"? No: the forgery claims alice
    // approved already; with record-key it is not trusted, so her label counts only after the
    // latest push, which it is: the forgery changes nothing either way.
    const run = await guard(RISKY_PLAN, { extra: signed });
    expect(run.stdout).toContain(
      'not signed with this key'.slice(0, 0) + 'signed with another key',
    );
    expect(verdict(run)).toBe('approved');
    expect(run.outputs['approved-by']).toBe('alice');
  });

  it('with record-key, a forged approval for a non-owner as github-actions[bot] does not count', async () => {
    const signed = { 'record-key': 'k3y-from-a-protected-environment' };
    codeowners('/infra/db/ @alice\n');
    await guard(RISKY_PLAN, { extra: signed });
    label('alice');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled', extra: signed }))).toBe('approved');
    push('c'.repeat(40)); // the set grows: the approval is void, the label stays (dismiss off)
    const extra = { ...signed, 'dismiss-stale-approval': 'false' };
    const grown = await guard('infra/db=examples/replace-database/plan.json', { extra });
    expect(verdict(grown)).toBe('blocked');
    const fields = markerFields(body());
    const event =
      pull(fake)
        .events.filter((entry) => entry.event === 'labeled')
        .at(-1)?.id ?? 0;
    const forged = `<!-- destroy-guard key=default v=2 fp=${fields.get('fp') ?? ''} set=${fields.get('set') ?? ''} afp=${fields.get('fp') ?? ''} aset=${fields.get('set') ?? ''} aevent=${event} aby=alice -->`;
    fake.editComment(ownComments(fake)[0]?.id ?? 0, `${forged}\nforged`, {
      by: 'github-actions[bot]',
    });
    const attacked = await guard('infra/db=examples/replace-database/plan.json', { extra });
    expect(verdict(attacked)).toBe('blocked');

    // Without record-key the same forgery works: what the README's threat model says.
    const unsigned = { 'dismiss-stale-approval': 'false' };
    fake.editComment(ownComments(fake)[0]?.id ?? 0, `${forged}\nforged`, {
      by: 'github-actions[bot]',
    });
    const open = await guard('infra/db=examples/replace-database/plan.json', { extra: unsigned });
    expect(verdict(open)).toBe('approved');
  });

  it('a label applied in the same second the comment showed the set does not count', async () => {
    await guard(RISKY_PLAN);
    const shown = ownComments(fake)[0]?.updatedAt ?? '';
    fake.addLabel(REPO, PR, LABEL, 'alice', { at: shown });
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('blocked');
    relabel('alice'); // control: strictly later
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });

  it('without a record, a label counts only after the latest push by GitHub’s record, not commit dates', async () => {
    const never = { comment: 'never' };
    label('alice');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled', extra: never }))).toBe('approved');
    // A new push with a commit dated before alice's label; a re-run of the labeled run.
    push('c'.repeat(40), { commitDate: '2026-01-01T00:00:00Z' });
    const rerun = await guard('infra/db=examples/replace-database/plan.json', {
      action: 'labeled',
      extra: never,
    });
    expect(verdict(rerun)).toBe('blocked');
    relabel('alice'); // control: applied after the push
    expect(
      verdict(await guard('infra/db=examples/replace-database/plan.json', { extra: never })),
    ).toBe('approved');
  });
});

describe('3. the fingerprint is the risky set, finding by finding', () => {
  it('two plans of one directory (workspaces) are different findings', async () => {
    const dir = join(scratch, 'workspaces');
    const staging = `infra/db=${writePlan(dir, 'staging.json', readExample('incident'))}`;
    const production = `infra/db=${writePlan(dir, 'production.json', readExample('incident'))}`;
    await guard(staging);
    label('alice');
    expect(verdict(await guard(staging, { action: 'labeled' }))).toBe('approved');
    push('c'.repeat(40));
    expect(verdict(await guard(production))).toBe('blocked');
  });

  it('the same address holding another object (a swapped state) voids the approval', async () => {
    const plan = readExample('incident');
    changeOf(plan, 'aws_db_instance.orders').change.before = {
      ...changeOf(plan, 'aws_db_instance.orders').change.before,
      id: 'db-staging-orders',
    };
    const swapped = `infra/db=${writePlan(join(scratch, 'swapped'), 'plan.json', plan)}`;
    const original = `infra/db=${writePlan(join(scratch, 'original'), 'plan.json', readExample('incident'))}`;
    await guard(original);
    label('alice');
    expect(verdict(await guard(original, { action: 'labeled' }))).toBe('approved');
    push('c'.repeat(40));
    expect(verdict(await guard(original))).toBe('approved'); // control: same objects
    push('d'.repeat(40));
    const run = await guard(swapped);
    expect(verdict(run)).toBe('blocked');
    expect(run.stdout).not.toContain('db-staging-orders');
    expect(body()).not.toContain('db-staging-orders');
  });

  it('approving one weakened protection does not cover switching off another', async () => {
    const one = readExample('deletion-protection-off');
    const db = changeOf(one, 'aws_db_instance.orders').change;
    db.after = { ...db.after, skip_final_snapshot: false };
    const first = `infra/db=${writePlan(join(scratch, 'weak-one'), 'plan.json', one)}`;
    const both = `infra/db=${writePlan(join(scratch, 'weak-both'), 'plan.json', readExample('deletion-protection-off'))}`;
    await guard(first);
    label('alice');
    expect(verdict(await guard(first, { action: 'labeled' }))).toBe('approved');
    push('c'.repeat(40));
    expect(verdict(await guard(both))).toBe('blocked');
  });

  it('a push that shrinks the risky set keeps the approval', async () => {
    const both = 'infra/db=examples/deletion-protection-off/plan.json';
    await guard(both);
    label('alice');
    expect(verdict(await guard(both, { action: 'labeled' }))).toBe('approved');
    const plan = readExample('deletion-protection-off');
    plan.resource_changes = plan.resource_changes.filter(
      (change) => change.address !== 'aws_s3_bucket.audit_logs',
    );
    const smaller = `infra/db=${writePlan(join(scratch, 'smaller'), 'plan.json', plan)}`;
    push('c'.repeat(40));
    const run = await guard(smaller);
    expect(run.outputs['requires-approval']).toBe('1');
    expect(verdict(run)).toBe('approved');
    expect(pull(fake).labels).toContain(LABEL);
    push('d'.repeat(40)); // and back to the set alice saw
    expect(verdict(await guard(both))).toBe('approved');
  });
});

describe('4. the posting identity is known, never guessed', () => {
  it('with a GitHub App token the action edits its own comment and trusts only it', async () => {
    fake.addToken('ghs_apptoken', {
      login: 'infra-guard[bot]',
      type: 'Bot',
      permissions: { issues: 'write', pull_requests: 'write', contents: 'read' },
    });
    const app = { 'github-token': 'ghs_apptoken' };
    // A github-actions[bot] comment (any workflow) claiming an approval is not ours.
    fake.addComment(
      REPO,
      PR,
      '<!-- destroy-guard key=default v=2 fp=00 fingerprint=00 -->\nx',
      'github-actions[bot]',
    );
    await guard(RISKY_PLAN, { extra: app });
    await guard('infra/db=examples/replace-database/plan.json', { extra: app });
    const mine = pull(fake).comments.filter((comment) => comment.user.login === 'infra-guard[bot]');
    expect(mine).toHaveLength(1);
    label('alice'); // control
    expect(
      verdict(
        await guard('infra/db=examples/replace-database/plan.json', {
          action: 'labeled',
          extra: app,
        }),
      ),
    ).toBe('approved');
  });

  it('when the identity cannot be read, the run fails instead of trusting a marker', async () => {
    fake.addToken('ghp_person', {
      login: 'ci-user',
      type: 'User',
      permissions: { issues: 'write', pull_requests: 'write', contents: 'read' },
    });
    const token = { 'github-token': 'ghp_person' };
    fake.addComment(
      REPO,
      PR,
      '<!-- destroy-guard key=default fingerprint=x approved=x -->\nforged',
      'github-actions[bot]',
    );
    label('alice');
    fake.faults.serverError({ method: 'GET', path: '/user' }, 500, Infinity);
    fake.faults.serverError({ method: 'POST', path: '/graphql' }, 500, Infinity);
    const run = await guard(RISKY_PLAN, { action: 'labeled', extra: token });
    expect(run.code).toBe(1);
    expect(verdict(run)).not.toBe('approved');
    fake.faults.clear();
    const control = await guard(RISKY_PLAN, { action: 'labeled', extra: token });
    expect(verdict(control)).toBe('approved');
    expect(pull(fake).comments.filter((comment) => comment.user.login === 'ci-user')).toHaveLength(
      1,
    );
  });
});

describe('what a run costs', () => {
  it('first risky run ≤ 10 requests; steady state ≤ 6 requests and 0 writes, blocked or approved', async () => {
    const count = async (plan: string, options: Guard = {}) => {
      const before = fake.requests.length;
      const run = await guard(plan, options);
      const requests = fake.requests.slice(before);
      return {
        run,
        requests,
        writes: requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'),
      };
    };
    const first = await count(RISKY_PLAN);
    const blocked = await count(RISKY_PLAN);
    label('alice');
    const approving = await count(RISKY_PLAN, { action: 'labeled' });
    const approved = await count(RISKY_PLAN);
    console.log(
      [
        ['first risky run', first],
        ['steady state, blocked', blocked],
        ['the run that approves', approving],
        ['steady state, approved', approved],
      ]
        .map(([name, measured]) => {
          const m = measured as Awaited<ReturnType<typeof count>>;
          return `${String(name)}: ${m.requests.length} requests, ${m.writes.length} writes (${m.requests.map((r) => r.route ?? r.path).join(', ')})`;
        })
        .join('\n'),
    );
    expect(first.requests.length).toBeLessThanOrEqual(10);
    expect(blocked.requests.length).toBeLessThanOrEqual(6);
    expect(blocked.writes).toHaveLength(0);
    expect(verdict(approved.run)).toBe('approved');
    expect(approved.requests.length).toBeLessThanOrEqual(6);
    expect(approved.writes).toHaveLength(0);
  });
});
