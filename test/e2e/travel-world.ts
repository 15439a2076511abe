/**
 * Shared set-up of the travel scenarios (travel.test.ts): a pull request's approval carried to
 * the push after merge and to the merge queue (docs/design.md section 4a), through the bundled
 * action and the fake GitHub. The pull request is approved the way a team does it: the action
 * runs on it and writes its comment with the record, a code owner labels, the `labeled` run
 * records the approval; then it is merged, and the push (or merge_group) run judges the plan
 * made at apply time. Push and merge_group runs get the read-only token the README's
 * workflows give them, so a write would fail.
 */
import { join } from 'node:path';
import { beforeEach, expect } from 'vitest';
import type { LoggedRequest, MergeGroup } from '../support/fake-github/index.js';
import { runAction, type ActionRun } from './harness.js';
import { changeOf, readExample, writePlan, type PlanChangeJson } from './plans.js';
import { clock, fake, scratch, useTrustWorld } from './trust-world.js';
import { BASE, inputs, isWrite, LABEL, REPO, TOKENS } from './world.js';

/** The trust scenarios' world (one fake per file, a fresh world per scenario), no shared inputs. */
export function useTravelWorld(): void {
  useTrustWorld();
  beforeEach(() => {
    shared.extra = {};
  });
}

export const MAIN = 'refs/heads/main';
/** `merge_commit_sha` of the first merge in a scenario; later merges use their own. */
export const MERGED = 'e'.repeat(40);
export const SECOND_PR = 8;

/** Inputs every run of a scenario adds (an `owners-token`, say); reset before each scenario. */
export const shared: { extra: Record<string, string> } = { extra: {} };

/** A run and the requests it made, writes among them. */
export interface Counted {
  readonly run: ActionRun;
  readonly requests: readonly LoggedRequest[];
  readonly writes: readonly LoggedRequest[];
}

async function counted(start: () => Promise<ActionRun>): Promise<Counted> {
  const before = fake.requests.length;
  const run = await start();
  clock.advance(60);
  const requests = fake.requests.slice(before);
  return { run, requests, writes: requests.filter(isWrite) };
}

/** Opens PR #8 by `dev`, changing the same module directory as #7. */
export function openSecondPull(head = '8'.repeat(40)): void {
  fake.addPull(REPO, {
    number: SECOND_PR,
    author: 'dev',
    head: { sha: head },
    base: { sha: BASE },
    files: ['infra/db/main.tf'],
  });
}

/** The action on the pull request, as its workflow runs it (the job token may write). */
export async function onPull(
  number: number,
  plan: string,
  action: 'synchronize' | 'labeled' = 'synchronize',
): Promise<ActionRun> {
  const run = await runAction({
    fake,
    event: 'pull_request',
    payload: fake.pullRequestEvent(REPO, number, action),
    inputs: inputs(plan, shared.extra),
  });
  clock.advance(60);
  return run;
}

export function labelPull(number: number, actor: string): void {
  clock.advance(60);
  fake.addLabel(REPO, number, LABEL, actor);
  clock.advance(60);
}

/** Comment (with the record), label by `owner`, the labeled run: the PR's approval, checked. */
export async function approvePull(number: number, plan: string, owner = 'alice'): Promise<void> {
  await onPull(number, plan);
  labelPull(number, owner);
  const run = await onPull(number, plan, 'labeled');
  expect(run.outputs['verdict'], `#${number} approved on the pull request`).toBe('approved');
}

/** The base branch's tip now (the push event's `before`). */
export function mainTip(): string {
  return fake.state.repos.get(REPO)?.git.refs.get(MAIN) ?? BASE;
}

/** Merges the pull request; returns the push that moved main. */
export function merge(
  number: number,
  method: 'merge' | 'squash' | 'rebase' = 'squash',
  sha = MERGED,
): { before: string; after: string } {
  const before = mainTip();
  clock.advance(60);
  fake.mergePull(REPO, number, { sha, method, by: 'platform-lead' });
  clock.advance(60);
  return { before, after: sha };
}

/** The action on the push to main, with the plan made on main after the merge. */
export function onPush(plan: string, moved: { before: string; after: string }): Promise<Counted> {
  return onPushTo(MAIN, plan, moved);
}

export function onPushTo(
  ref: string,
  plan: string,
  moved: { before: string; after: string },
): Promise<Counted> {
  return counted(() =>
    runAction({
      fake,
      event: 'push',
      payload: fake.pushEvent(REPO, { ref, ...moved }),
      inputs: inputs(plan, { ...shared.extra, 'github-token': TOKENS.readOnly }),
    }),
  );
}

/** The action on `merge_group` (checks_requested) for a group the queue built. */
export function onMergeGroup(plan: string, group: MergeGroup): Promise<Counted> {
  return counted(() =>
    runAction({
      fake,
      event: 'merge_group',
      payload: fake.mergeGroupEvent(REPO, group),
      inputs: inputs(plan, { ...shared.extra, 'github-token': TOKENS.readOnly }),
    }),
  );
}

/** Writes a variant of an example plan as `<scratch>/<dir>/plan.json` for module `infra/db`. */
export function planInput(
  dir: string,
  example: string,
  change: (changes: PlanChangeJson[]) => PlanChangeJson[] = (changes) => changes,
): string {
  const plan = readExample(example);
  plan.resource_changes = change(plan.resource_changes);
  return `infra/db=${writePlan(join(scratch, dir), 'plan.json', plan)}`;
}

/** The incident plan with one more database destroyed: `aws_db_instance.reports`. */
export function withExtraDatabase(changes: PlanChangeJson[]): PlanChangeJson[] {
  const orders = changes.find((entry) => entry.address === 'aws_db_instance.orders');
  if (orders === undefined) throw new Error('no aws_db_instance.orders in the example plan');
  const reports = structuredClone(orders) as PlanChangeJson & Record<string, unknown>;
  reports.address = 'aws_db_instance.reports';
  reports['name'] = 'reports';
  reports.change.before = { ...reports.change.before, id: 'db-reports', identifier: 'reports' };
  return [...changes, reports];
}

/** The same addresses, but the database is another object (a swapped state): another `id`. */
export function withSwappedDatabase(changes: PlanChangeJson[]): PlanChangeJson[] {
  const copy = structuredClone(changes);
  const plan = { resource_changes: copy };
  const orders = changeOf(plan, 'aws_db_instance.orders');
  orders.change.before = { ...orders.change.before, id: 'db-staging-orders' };
  return copy;
}

/** Only the changes at these addresses. */
export function only(...addresses: string[]) {
  return (changes: PlanChangeJson[]): PlanChangeJson[] =>
    changes.filter((entry) => addresses.includes(entry.address));
}

export const verdictOf = (counted: Counted) => counted.run.outputs['verdict'];

/** The job summary and the `::error` annotations, where uncovered findings are named. */
export function namedIn(counted: Counted): string {
  return `${counted.run.summary}\n${counted.run.stdout}`;
}

/** The `GitHub API: N requests, M writes` line the action logs at the end of the run. */
export function apiLine(counted: Counted): string | undefined {
  return counted.run.stdout
    .split('\n')
    .find((line) => /GitHub API: \d+ requests?, \d+ writes?/u.test(line));
}

/** An `::error` annotation names `address` as not approved in `#pr`, and so does the summary. */
export function expectNotApprovedIn(counted: Counted, address: string, pr: number): void {
  const annotated = counted.run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error') && line.includes(address));
  expect(
    annotated.some((line) => new RegExp(`not approved in[^\\n]*#${pr}\\b`, 'u').test(line)),
    annotated.join('\n'),
  ).toBe(true);
  const summarised = counted.run.summary.split('\n').filter((line) => line.includes(address));
  expect(
    summarised.some((line) => new RegExp(`not approved in[^\\n]*#${pr}\\b`, 'u').test(line)),
    summarised.join('\n'),
  ).toBe(true);
}

/** `count` databases destroyed (`aws_db_instance.orders_0` …), each its own object. */
export function manyDatabases(count: number) {
  return (changes: PlanChangeJson[]): PlanChangeJson[] => {
    const orders = changes.find((entry) => entry.address === 'aws_db_instance.orders');
    if (orders === undefined) throw new Error('no aws_db_instance.orders in the example plan');
    return Array.from({ length: count }, (_, index) => {
      const copy = structuredClone(orders) as PlanChangeJson & Record<string, unknown>;
      copy.address = `aws_db_instance.orders_${index}`;
      copy['name'] = `orders_${index}`;
      copy.change.before = { ...copy.change.before, id: `db-orders-${index}` };
      return copy;
    });
  };
}
