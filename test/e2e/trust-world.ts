/**
 * Shared set-up of the trust scenarios (trust-who.test.ts, trust-what.test.ts): the approval's
 * trust model against a writer who wants a destroy approved (docs/approval.md), through the
 * bundled action and the fake GitHub. Each scenario has a control where the owner approves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { EventPayload, FakeGitHub, ManualClock } from '../support/fake-github/index.js';
import { runAction, type ActionRun } from './harness.js';
import { BASE, inputs, LABEL, ownComments, PR, REPO, startWorld } from './world.js';

export let fake: FakeGitHub;
export let clock: ManualClock;
export let scratch: string;

/** Registers the hooks: one fake for the file, a fresh world before each scenario. */
export function useTrustWorld(): void {
  beforeAll(async () => {
    ({ fake, clock } = await startWorld());
    scratch = mkdtempSync(join(tmpdir(), 'destroy-guard-trust-'));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    // The clock first: the world's pushes and comments are stamped when `reset` builds it.
    clock.set(new Date('2026-11-24T10:00:00Z'));
    fake.reset();
  });
}

export interface Guard {
  readonly extra?: Record<string, string>;
  readonly action?: 'synchronize' | 'labeled' | 'edited';
  readonly payload?: EventPayload;
}

export async function guard(plan: string, options: Guard = {}): Promise<ActionRun> {
  const action = options.action ?? 'synchronize';
  const run = await runAction({
    fake,
    event: 'pull_request',
    payload: options.payload ?? fake.pullRequestEvent(REPO, PR, action),
    inputs: inputs(plan, options.extra ?? {}),
  });
  clock.advance(60);
  return run;
}

export function label(actor: string, at?: string): void {
  clock.advance(60);
  fake.addLabel(REPO, PR, LABEL, actor, at === undefined ? {} : { at });
  clock.advance(60);
}

export function relabel(actor: string): void {
  fake.removeLabel(REPO, PR, LABEL, actor);
  label(actor);
}

export function push(sha: string, options: Parameters<FakeGitHub['pushCommit']>[3] = {}): void {
  clock.advance(60);
  fake.pushCommit(REPO, PR, sha, options);
  clock.advance(60);
}

export const body = () => ownComments(fake)[0]?.body ?? '';
export const verdict = (run: ActionRun) => run.outputs['verdict'];
export const codeowners = (text: string, ref = BASE) =>
  fake.setContent(REPO, ref, '.github/CODEOWNERS', text);

/** The marker's fields, as the action wrote them. */
export function markerFields(text: string): Map<string, string> {
  const line = text.split('\n')[0] ?? '';
  return new Map(
    [...line.matchAll(/ ([a-z]+)=(\S*)/gu)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}
