/** Who may approve: points 1, 6 and 7 of the approval-trust issue (see trust-world.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExample, writePlan } from './plans.js';
import {
  body,
  clock,
  codeowners,
  fake,
  guard,
  label,
  push,
  relabel,
  scratch,
  useTrustWorld,
  verdict,
} from './trust-world.js';
import { BASE, LABEL, ownComments, pull, REPO, PR, RISKY_PLAN } from './world.js';

useTrustWorld();

describe('1. the approver cannot be steered to paths they own', () => {
  it('a README the PR touches does not decide; the Terraform files do', async () => {
    codeowners('* @platform-lead\n/infra/db/*.tf @alice\n*.md @carol\n');
    fake.setFiles(REPO, PR, ['infra/db/README.md', 'modules/db/main.tf']);
    await guard(RISKY_PLAN);
    label('carol');
    const steered = await guard(RISKY_PLAN, { action: 'labeled' });
    expect(verdict(steered)).toBe('blocked');
    expect(body()).toContain('@carol is not a code owner of `infra/db/main.tf`');

    relabel('alice'); // control
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });

  it('with nothing changed inside, a broader directory rule does not escape the file rule', async () => {
    codeowners('/infra/ @carol\n/infra/db/*.tf @alice\n');
    fake.setFiles(REPO, PR, ['modules/db/main.tf']);
    await guard(RISKY_PLAN);
    label('carol');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('blocked');
    relabel('alice'); // control
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });

  it('a Terraform file the PR adds in the module directory needs its owner too', async () => {
    codeowners('/infra/db/main.tf @alice\n/infra/db/extra.tf @bob\n');
    fake.setFiles(REPO, PR, [{ filename: 'infra/db/extra.tf', status: 'added' }]);
    await guard(RISKY_PLAN);
    label('alice');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('blocked');
    expect(body()).toContain('`infra/db/extra.tf`');
  });

  it('a plan outside the workspace without MODULE_DIR= is bad input', async () => {
    const outside = writePlan(join(scratch, 'outside'), 'plan.json', readExample('incident'));
    const run = await guard(outside);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::destroy-guard: plan: .*outside the repository.*MODULE_DIR=/u,
    );
    expect(ownComments(fake)).toHaveLength(0);

    await guard(`infra/db=${outside}`); // control: the same plan, its module named
    label('alice');
    expect(verdict(await guard(`infra/db=${outside}`, { action: 'labeled' }))).toBe('approved');
  });

  it('a module directory without Terraform files can be approved by nobody', async () => {
    codeowners('* @alice\n');
    const plan = 'docs=examples/incident/plan.json';
    await guard(plan);
    label('alice');
    const run = await guard(plan, { action: 'labeled' });
    expect(verdict(run)).toBe('blocked');
    expect(body()).toContain('has no Terraform file');
    expect(body()).toContain('MODULE_DIR=');
  });
});

describe('6. owners GitHub would ignore cannot approve', () => {
  it('a code owner without write access', async () => {
    codeowners('/infra/db/ @rita @alice\n');
    await guard(RISKY_PLAN);
    label('rita');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('blocked');
    expect(body()).toContain('@rita has read access');
    relabel('alice'); // control
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });

  it('a code owner who committed to the PR; an "Update branch" merge makes nobody its author', async () => {
    codeowners('/infra/db/ @carol @alice\n');
    push('c'.repeat(40), { by: 'carol', author: 'carol' });
    await guard(RISKY_PLAN);
    label('carol');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('blocked');
    expect(body()).toContain('@carol authored or committed commits of this pull request');

    clock.advance(60);
    fake.updateBranch(REPO, PR, 'e'.repeat(40), 'alice'); // control
    await guard(RISKY_PLAN);
    relabel('alice');
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });
});

describe('7. every fact is read live', () => {
  it('CODEOWNERS comes from the live base, not a retargeted PR’s stale payload', async () => {
    const evil = 'e'.repeat(40);
    codeowners('/infra/db/ @mallory\n', evil);
    fake.setContent(REPO, evil, 'infra/db/main.tf', 'x\n');
    fake.setBase(REPO, PR, { sha: evil, ref: 'mallory-base' });
    const stale = fake.pullRequestEvent(REPO, PR, 'labeled', { label: LABEL });
    fake.setBase(REPO, PR, { sha: BASE, ref: 'main' }); // retargeted to main
    await guard(RISKY_PLAN);
    label('mallory');
    expect(verdict(await guard(RISKY_PLAN, { payload: stale }))).toBe('blocked');
    relabel('alice'); // control
    expect(verdict(await guard(RISKY_PLAN, { payload: stale }))).toBe('approved');
  });

  it('a .github/CODEOWNERS answered in an unexpected shape fails closed', async () => {
    fake.setContent(REPO, BASE, 'CODEOWNERS', '/infra/db/ @mallory\n');
    await guard(RISKY_PLAN);
    label('mallory');
    fake.faults.add({
      path: `/repos/${REPO}/contents/.github%2FCODEOWNERS`,
      status: 200,
      body: [{ name: 'CODEOWNERS', type: 'file' }],
      times: Infinity,
    });
    const run = await guard(RISKY_PLAN, { action: 'labeled' });
    expect(verdict(run)).toBe('blocked');
    expect(body()).toContain('could not be read as text');
    fake.faults.clear();
    relabel('alice'); // control
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });

  it('the label must be on the PR now, whatever the events say', async () => {
    await guard(RISKY_PLAN);
    label('alice');
    // The repository label is deleted: it leaves every PR without an `unlabeled` event.
    pull(fake).labels = [];
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('blocked');
    pull(fake).labels = [LABEL]; // control
    expect(verdict(await guard(RISKY_PLAN, { action: 'labeled' }))).toBe('approved');
  });
});
