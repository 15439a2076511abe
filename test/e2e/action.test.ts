import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub, ManualClock } from '../support/fake-github/index.js';
import { annotations, runAction, type ActionRun } from './harness.js';
import {
  BASE,
  HARMLESS_PLAN,
  HEAD,
  inputs,
  LABEL,
  OTHER_RISKY_PLAN,
  ownComments,
  PR,
  pull,
  REPO,
  RISKY_PLAN,
  startWorld,
  TOKENS,
  isWrite,
} from './world.js';

let fake: FakeGitHub;
let clock: ManualClock;

beforeAll(async () => {
  ({ fake, clock } = await startWorld());
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  clock.set(new Date('2026-11-24T10:00:00Z'));
});

/** One run of the guard on the pull request, started by `action` (default: synchronize). */
async function guard(
  plan: string,
  extra: Record<string, string> = {},
  action = 'synchronize',
  event = 'pull_request',
): Promise<ActionRun> {
  const run = await runAction({
    fake,
    event,
    payload: fake.pullRequestEvent(REPO, PR, action as 'synchronize'),
    inputs: inputs(plan, extra),
  });
  clock.advance(60);
  return run;
}

function label(actor: string, options: { viaApp?: string } = {}) {
  const event = fake.addLabel(
    REPO,
    PR,
    LABEL,
    actor,
    options.viaApp === undefined ? {} : { viaApp: options.viaApp },
  );
  clock.advance(60);
  return event;
}

const writes = () => fake.requests.filter((request) => isWrite(request));

describe('the Action against a fake GitHub', () => {
  it('passes a harmless plan without commenting (comment: on-risk)', async () => {
    const run = await guard(HARMLESS_PLAN);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      risk: 'none',
      'requires-approval': '0',
      'comment-url': '',
    });
    expect(ownComments(fake)).toHaveLength(0);
    expect(writes()).toHaveLength(0);
    expect(run.summary).toContain('destroy-guard');
    expect(run.report).toMatchObject({ verdict: 'pass', findings: [] });
  });

  it('blocks a risky plan with no label and posts exactly one comment', async () => {
    const run = await guard(RISKY_PLAN);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', risk: 'critical' });
    const comments = ownComments(fake);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('aws_db_instance.orders');
    expect(comments[0]?.body).toContain('@alice');
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/u);
    expect(annotations(run.stdout, 'error').length).toBeGreaterThan(0);
    expect(run.stdout).toContain('::error::destroy-guard: blocked');
  });

  it('approves when a code owner applies the label after seeing the report', async () => {
    await guard(RISKY_PLAN);
    label('alice');
    const run = await guard(RISKY_PLAN, {}, 'labeled');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'approved', 'approved-by': 'alice' });
    expect(ownComments(fake)).toHaveLength(1);
    expect(ownComments(fake)[0]?.body).toContain('Approved by @alice');
  });

  it('blocks when the author, who owns the path in the head commit only, labels', async () => {
    await guard(RISKY_PLAN);
    label('dev');
    const run = await guard(RISKY_PLAN, {}, 'labeled');
    expect(run.outputs['verdict']).toBe('blocked');
    expect(ownComments(fake)[0]?.body).toContain('@dev is the pull request author');
    // CODEOWNERS edited in the PR head (giving /infra/db/ to @dev) is ignored: base commit only.
    expect(ownComments(fake)[0]?.body).toContain('@dev is not a code owner');
  });

  it('blocks when someone who owns nothing there labels', async () => {
    await guard(RISKY_PLAN);
    label('mallory');
    const run = await guard(RISKY_PLAN, {}, 'labeled');
    expect(run.outputs['verdict']).toBe('blocked');
    expect(ownComments(fake)[0]?.body).toContain('@mallory is not a code owner');
  });

  it('approves an active member of an owning team with an owners-token, not a pending one', async () => {
    await guard(RISKY_PLAN, { 'owners-token': TOKENS.owners });
    label('bob');
    expect(
      (await guard(RISKY_PLAN, { 'owners-token': TOKENS.owners }, 'labeled')).outputs['verdict'],
    ).toBe('approved');

    fake.removeLabel(REPO, PR, LABEL, 'bob');
    label('erin');
    const pending = await guard(RISKY_PLAN, { 'owners-token': TOKENS.owners }, 'labeled');
    expect(pending.outputs['verdict']).toBe('blocked');
  });

  it('explains that the default token cannot confirm team membership', async () => {
    await guard(RISKY_PLAN);
    label('bob');
    const run = await guard(RISKY_PLAN, {}, 'labeled');
    expect(run.outputs['verdict']).toBe('blocked');
    expect(ownComments(fake)[0]?.body).toContain('owners-token');
  });

  it('blocks a bot applying the label', async () => {
    await guard(RISKY_PLAN);
    label('renovate[bot]');
    const run = await guard(RISKY_PLAN, {}, 'labeled');
    expect(run.outputs['verdict']).toBe('blocked');
    expect(ownComments(fake)[0]?.body).toContain('not a bot or app');
  });

  it('judges a label removed and re-added on the latest labeler', async () => {
    await guard(RISKY_PLAN);
    label('mallory');
    fake.removeLabel(REPO, PR, LABEL, 'mallory');
    clock.advance(60);
    label('alice');
    expect((await guard(RISKY_PLAN, {}, 'labeled')).outputs['verdict']).toBe('approved');

    fake.removeLabel(REPO, PR, LABEL, 'alice');
    clock.advance(60);
    label('mallory');
    expect((await guard(RISKY_PLAN, {}, 'labeled')).outputs['verdict']).toBe('blocked');
  });

  it('voids the approval and removes the label when the risky set changes', async () => {
    await guard(RISKY_PLAN);
    label('alice');
    expect((await guard(RISKY_PLAN, {}, 'labeled')).outputs['verdict']).toBe('approved');
    fake.pushCommit(REPO, PR, 'c'.repeat(40));
    const run = await guard(OTHER_RISKY_PLAN);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(pull(fake).labels).not.toContain(LABEL);
    expect(
      fake.requestsTo('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'),
    ).toHaveLength(1);
    expect(ownComments(fake)[0]?.body).toContain('void');
  });

  it('keeps the approval across a push that leaves the risky set unchanged', async () => {
    await guard(RISKY_PLAN);
    label('alice');
    await guard(RISKY_PLAN, {}, 'labeled');
    fake.pushCommit(REPO, PR, 'd'.repeat(40));
    const run = await guard(RISKY_PLAN);
    expect(run.outputs['verdict']).toBe('approved');
    expect(pull(fake).labels).toContain(LABEL);
  });

  it('edits its one comment on the next run and skips the write when nothing changed', async () => {
    await guard(RISKY_PLAN);
    const [first] = ownComments(fake);
    await guard(OTHER_RISKY_PLAN);
    expect(ownComments(fake)).toHaveLength(1);
    expect(ownComments(fake)[0]?.id).toBe(first?.id);
    expect(ownComments(fake)[0]?.body).toContain('forced by');
    expect(
      fake.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'),
    ).toHaveLength(1);

    const before = fake.requests.length;
    const steady = await guard(OTHER_RISKY_PLAN);
    const requests = fake.requests.slice(before);
    expect(requests.filter((request) => isWrite(request))).toHaveLength(0);
    expect(requests.length).toBeLessThanOrEqual(6);
    expect(steady.outputs['verdict']).toBe('blocked');
  });

  it('turns the comment into a resolved note when the risk goes away', async () => {
    await guard(RISKY_PLAN);
    const run = await guard(HARMLESS_PLAN);
    expect(run.outputs['verdict']).toBe('pass');
    expect(ownComments(fake)).toHaveLength(1);
    expect(ownComments(fake)[0]?.body).toMatch(/resolved/iu);
  });

  it('recreates a comment a person deleted', async () => {
    await guard(RISKY_PLAN);
    fake.deleteComment(ownComments(fake)[0]!.id);
    await guard(RISKY_PLAN);
    expect(ownComments(fake)).toHaveLength(1);
  });

  it('keeps a 10,000-finding comment within GitHub limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'destroy-guard-big-'));
    try {
      const changes = Array.from({ length: 10_000 }, (_, i) => ({
        address: `aws_db_instance.fleet["db-${i}"]`,
        mode: 'managed',
        type: 'aws_db_instance',
        name: 'fleet',
        index: `db-${i}`,
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['delete'],
          before: { skip_final_snapshot: true },
          after: null,
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: false,
        },
        action_reason: 'delete_because_each_key',
      }));
      writeFileSync(
        join(dir, 'plan.json'),
        JSON.stringify({
          format_version: '1.2',
          terraform_version: '1.11.4',
          resource_changes: changes,
          errored: false,
          complete: true,
        }),
      );
      const run = await guard(`infra/db=${join(dir, 'plan.json')}`);
      expect(run.outputs['requires-approval']).toBe('10001');
      const [comment] = ownComments(fake);
      expect(comment?.body.length).toBeLessThanOrEqual(65_536);
      expect(comment?.body).toMatch(/not shown|left out/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with a read-only token: no comment, the verdict still right, the summary written', async () => {
    const run = await guard(RISKY_PLAN, { 'github-token': TOKENS.readOnly });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(ownComments(fake)).toHaveLength(0);
    expect(run.stdout).toContain('cannot comment');
    expect(run.summary).toContain('aws_db_instance.orders');
  });

  it('retries 5xx answers', async () => {
    fake.faults.serverError(`/repos/${REPO}/pulls/${PR}/files`, 502, 1);
    const run = await guard(RISKY_PLAN);
    expect(run.outputs['verdict']).toBe('blocked');
    const attempts = fake.requests.filter(
      (request) => request.path === `/repos/${REPO}/pulls/${PR}/files`,
    );
    expect(attempts.map((request) => request.status)).toEqual([502, 200]);
  });

  it('names the missing permission on a 403', async () => {
    label('alice');
    fake.faults.add({
      path: `/repos/${REPO}/issues/${PR}/events`,
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      },
    });
    const run = await guard(RISKY_PLAN);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::destroy-guard: could not read label events: .*add `issues: read` to the workflow's permissions:/u,
    );
    expect(run.outputs['verdict']).toBeUndefined();
  });

  it('approves in review mode with an owner review at the head commit, not an older one', async () => {
    fake.addReview(REPO, PR, 'alice', 'APPROVED', { commitId: 'e'.repeat(40) });
    const stale = await guard(
      RISKY_PLAN,
      { approval: 'review' },
      'submitted',
      'pull_request_review',
    );
    expect(stale.outputs['verdict']).toBe('blocked');
    fake.addReview(REPO, PR, 'alice', 'APPROVED', { commitId: HEAD });
    const run = await guard(RISKY_PLAN, { approval: 'review' }, 'submitted', 'pull_request_review');
    expect(run.outputs).toMatchObject({ verdict: 'approved', 'approved-by': 'alice' });
  });

  it('fails with the input name and allowed values on a bad input', async () => {
    const run = await guard(RISKY_PLAN, { approval: 'sometimes' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'input approval: "sometimes" is not one of label, review, label-or-review',
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('fails on a bad plan without posting anything', async () => {
    const run = await guard('infra/db=test/fixtures/terraform-1.11/plan-text.txt');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('terraform show -json');
    expect(writes()).toHaveLength(0);
  });

  it('guards several plans with one comment, grouped by module directory', async () => {
    fake.setFiles(REPO, PR, ['infra/db/main.tf', 'infra/net/vpc.tf']);
    fake.setContent(
      REPO,
      BASE,
      '.github/CODEOWNERS',
      '* @platform-lead\n/infra/db/ @alice\n/infra/net/ @bob\n',
    );
    const plans = `${RISKY_PLAN}\ninfra/net=examples/deletion-protection-off/plan.json`;
    await guard(plans);
    expect(ownComments(fake)).toHaveLength(1);
    expect(ownComments(fake)[0]?.body).toContain('infra/net');
    label('alice');
    const onlyOne = await guard(plans, {}, 'labeled');
    expect(onlyOne.outputs['verdict']).toBe('blocked');
    expect(ownComments(fake)[0]?.body).toContain(
      '@alice is not a code owner of `infra/net/vpc.tf`',
    );
    expect(onlyOne.report?.findings.length).toBeGreaterThan(0);
  });

  it('reports and enforces fail-on outside a pull request', async () => {
    const run = await runAction({ fake, event: 'schedule', inputs: inputs(RISKY_PLAN) });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(fake.requests).toHaveLength(0);
    const report = await runAction({
      fake,
      event: 'workflow_dispatch',
      inputs: inputs(RISKY_PLAN, { enforce: 'false' }),
    });
    expect(report.code).toBe(0);
  });
});
