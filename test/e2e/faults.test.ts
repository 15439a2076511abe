/**
 * GitHub misbehaving while the bundled action runs: 5xx answers, primary and secondary rate
 * limits, rejected and under-privileged tokens (PRODUCT.md sections 3 and 6, GITHUB.md
 * "Rate limits"). Every scenario has its own fake GitHub, so they run concurrently: the suite
 * takes about as long as its slowest scenario (all of plugin-retry's back-off, ≈ 14 s).
 */
import { describe, expect, it } from 'vitest';
import type { ServerErrorStatus } from '../support/fake-github/index.js';
import { errors, gaps, inWorld, PATHS, ROUTES, warnings, type World } from './faults-world.js';
import { OTHER_RISKY_PLAN, RISKY_PLAN } from './world.js';

/** plugin-retry's back-off before the 2nd, 3rd and 4th attempt: (retry count)² seconds. */
const BACK_OFF_MS = [1000, 4000, 9000];
/** Timers may fire a few milliseconds early relative to another process's clock. */
const SLACK_MS = 50;
/**
 * "Fails at once": a single attempt, and the whole run (process start included) ends far
 * sooner than the shortest wait these limits ask for (5 minutes). Loose, so that a loaded
 * machine does not fail it; a run that waited for the limit could not meet it.
 */
const NO_WAIT_MS = 25_000;

/** alice, a code owner of infra/db, labels before any report exists; the labeled run approves. */
async function approvedRun(world: World) {
  world.label('alice');
  return world.guard(RISKY_PLAN, { action: 'labeled' });
}

function expectApproved(world: World, run: Awaited<ReturnType<World['guard']>>): void {
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ verdict: 'approved', 'approved-by': 'alice' });
  expect(errors(run)).toEqual([]);
  const comments = world.comments();
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('Approved by @alice');
}

describe.concurrent('the action when GitHub misbehaves', () => {
  describe('transient 5xx answers', () => {
    const cases: readonly {
      status: ServerErrorStatus;
      times: 1 | 2;
      what: string;
      method: string;
      path: string;
    }[] = [
      {
        status: 500,
        times: 1,
        what: 'reading the pull request',
        method: 'POST',
        path: PATHS.graphql,
      },
      { status: 502, times: 2, what: 'listing changed files', method: 'GET', path: PATHS.files },
      {
        status: 503,
        times: 1,
        what: 'reading CODEOWNERS',
        method: 'GET',
        path: PATHS.contents('.github/CODEOWNERS'),
      },
      { status: 502, times: 1, what: 'creating the comment', method: 'POST', path: PATHS.comments },
    ];

    it.concurrent.for(cases)(
      'retries a $status answered $times time(s) while $what, then approves',
      async ({ status, times, method, path }) => {
        await inWorld(async (world) => {
          world.fake.faults.serverError({ method, path }, status, times);
          const run = await approvedRun(world);
          expectApproved(world, run);

          // The first listing, not the one after posting (which looks for a racing duplicate).
          const attempts = world.attempts(path, method).slice(0, times + 1);
          const ok = method === 'POST' && path !== PATHS.graphql ? 201 : 200;
          expect(attempts.map((attempt) => attempt.status)).toEqual([
            ...Array<number>(times).fill(status),
            ok,
          ]);
          gaps(attempts).forEach((gap, i) =>
            expect(gap).toBeGreaterThanOrEqual((BACK_OFF_MS[i] ?? 0) - SLACK_MS),
          );
          // A retried POST must not leave a second comment behind.
          expect(world.fake.requestsTo(ROUTES.createComment)).toHaveLength(1);
        });
      },
    );

    it.concurrent(
      'gives up after every retry fails, with one clear error and nothing posted',
      async () => {
        await inWorld(async (world) => {
          // Would be approved: alice owns infra/db and labelled. GitHub never answers the events.
          world.fake.faults.serverError(PATHS.events, 500, Infinity);
          const run = await approvedRun(world);

          expect(run.code).toBe(1);
          expect(errors(run)).toEqual([
            expect.stringMatching(
              /^::error::destroy-guard: could not read label events: GitHub kept failing \(500 Server Error\b.*\) after retries; re-run the job$/u,
            ),
          ]);
          expect(run.outputs['verdict']).toBeUndefined();
          expect(run.stdout).not.toMatch(/approved/iu);
          expect(world.writes()).toEqual([]);
          expect(world.comments()).toEqual([]);

          const attempts = world.attempts(PATHS.events);
          expect(attempts.map((attempt) => attempt.status)).toEqual([500, 500, 500, 500]);
          gaps(attempts).forEach((gap, i) =>
            expect(gap).toBeGreaterThanOrEqual((BACK_OFF_MS[i] ?? 0) - SLACK_MS),
          );
          console.log(
            `5xx on every attempt: failed after ${run.ms} ms and ${attempts.length} attempts`,
          );
        });
      },
    );
  });

  describe('rate limits', () => {
    it.concurrent('waits out a primary rate limit that resets soon', async () => {
      await inWorld(async (world) => {
        const resetIn = 2;
        world.fake.faults.primaryRateLimit(PATHS.files, resetIn);
        const run = await approvedRun(world);
        expectApproved(world, run);

        const [limited, retried, ...rest] = world.attempts(PATHS.files);
        expect(rest).toEqual([]);
        expect(limited?.status).toBe(403);
        expect(retried?.status).toBe(200);
        // The fake set x-ratelimit-reset to (arrival second + resetIn); the retry comes after it.
        const reset = (Math.floor(limited!.time / 1000) + resetIn) * 1000;
        expect(retried!.time).toBeGreaterThanOrEqual(reset);
        expect(run.stdout).toMatch(/primary rate limit on GET .*retrying in \d+ s/u);
      });
    });

    it.concurrent(
      'honours retry-after on a secondary limit (403) when creating the comment',
      async () => {
        await inWorld(async (world) => {
          const retryAfter = 1;
          world.fake.faults.secondaryRateLimit(
            { method: 'POST', path: PATHS.comments },
            retryAfter,
          );
          const run = await approvedRun(world);
          expectApproved(world, run);

          const attempts = world.attempts(PATHS.comments, 'POST');
          expect(attempts.map((attempt) => attempt.status)).toEqual([403, 201]);
          expect(gaps(attempts)[0]).toBeGreaterThanOrEqual(retryAfter * 1000 - SLACK_MS);
          expect(run.stdout).toMatch(/secondary rate limit on POST .*retrying in 1 s/u);
        });
      },
    );

    // plugin-retry leaves 429s alone; createClient honours their `retry-after` (GITHUB.md).
    it.concurrent('honours retry-after on a 429 Too Many Requests', async () => {
      await inWorld(async (world) => {
        const retryAfter = 2;
        world.fake.faults.tooManyRequests(PATHS.events, retryAfter);
        const run = await approvedRun(world);
        expectApproved(world, run);

        const attempts = world.attempts(PATHS.events);
        expect(attempts.map((attempt) => attempt.status)).toEqual([429, 200]);
        expect(gaps(attempts)[0]).toBeGreaterThanOrEqual(retryAfter * 1000 - SLACK_MS);
      });
    });

    it.concurrent('gives up after two rate-limit retries in a row', async () => {
      await inWorld(async (world) => {
        world.fake.faults.secondaryRateLimit({ method: 'POST', path: PATHS.graphql }, 1, {
          times: Infinity,
        });
        const run = await world.guard(RISKY_PLAN);

        expect(run.code).toBe(1);
        expect(errors(run)).toEqual([
          expect.stringMatching(
            /^::error::destroy-guard: could not read the pull request: GitHub rate limit exceeded \(.*secondary rate limit.*\); re-run the job once the limit resets$/u,
          ),
        ]);
        expect(run.outputs['verdict']).toBeUndefined();
        expect(world.attempts(PATHS.graphql, 'POST').map((attempt) => attempt.status)).toEqual([
          403, 403, 403,
        ]);
        expect(world.writes()).toEqual([]);
      });
    });

    it.concurrent(
      'fails at once, saying to re-run later, when the primary limit resets in an hour',
      async () => {
        await inWorld(async (world) => {
          world.fake.faults.primaryRateLimit(
            { method: 'POST', path: PATHS.graphql },
            3600,
            Infinity,
          );
          const run = await world.guard(RISKY_PLAN);

          expect(run.code).toBe(1);
          expect(errors(run)).toEqual([
            expect.stringMatching(
              /^::error::destroy-guard: could not read the pull request: GitHub rate limit exceeded \(API rate limit exceeded for installation ID \d+\..*\); re-run the job once the limit resets$/u,
            ),
          ]);
          expect(run.outputs['verdict']).toBeUndefined();
          expect(world.attempts(PATHS.graphql, 'POST')).toHaveLength(1);
          expect(world.writes()).toEqual([]);
          // No waiting: one attempt, and the run ends long before the limit resets (an hour). The
          // bound is loose on purpose: it must hold on a loaded machine, and waiting would exceed it.
          expect(run.ms).toBeLessThan(NO_WAIT_MS);
          console.log(`primary limit resetting in 1 h: failed after ${run.ms} ms`);
        });
      },
    );

    it.concurrent('fails at once when a 403 secondary limit asks for 5 minutes', async () => {
      await inWorld(async (world) => {
        world.label('alice'); // events are read only when the label is on
        world.fake.faults.secondaryRateLimit(PATHS.events, 300, { times: Infinity });
        const run = await world.guard(RISKY_PLAN);

        expect(run.code).toBe(1);
        expect(errors(run)).toEqual([
          expect.stringMatching(
            /^::error::destroy-guard: could not read label events: GitHub rate limit exceeded \(You have exceeded a secondary rate limit\..*\); re-run the job once the limit resets$/u,
          ),
        ]);
        expect(world.attempts(PATHS.events)).toHaveLength(1);
        expect(world.writes()).toEqual([]);
        expect(run.ms).toBeLessThan(NO_WAIT_MS);
      });
    });

    // A 429 asking for longer than the 120 s cap fails at once rather than stalling the job.
    it.concurrent(
      'fails at once when a 429 asks to retry after 10 minutes (over the 120 s cap)',
      async () => {
        await inWorld(async (world) => {
          world.fake.faults.tooManyRequests(PATHS.files, 600, Infinity);
          const run = await world.guard(RISKY_PLAN);

          expect(run.code).toBe(1);
          expect(errors(run)).toEqual([
            expect.stringMatching(
              /^::error::destroy-guard: could not list changed files: GitHub rate limit exceeded \(.*\); re-run the job once the limit resets$/u,
            ),
          ]);
          expect(world.writes()).toEqual([]);
          const attempts = world.attempts(PATHS.files);
          console.log(
            `429 retry-after 600: failed after ${run.ms} ms and ${attempts.length} attempt(s)`,
          );
          expect(attempts).toHaveLength(1);
          expect(run.ms).toBeLessThan(NO_WAIT_MS);
        });
      },
    );
  });

  describe('tokens', () => {
    it.concurrent('names the github-token input when the token is rejected (401)', async () => {
      await inWorld(async (world) => {
        const run = await world.guard(RISKY_PLAN, { extra: { 'github-token': 'ghs_revoked' } });

        expect(run.code).toBe(1);
        expect(errors(run)).toEqual([
          expect.stringMatching(
            /^::error::destroy-guard: could not read the pull request: the token was rejected \(401 Bad credentials\b.*\); check the github-token input$/u,
          ),
        ]);
        expect(run.outputs['verdict']).toBeUndefined();
        // 401 is not retried.
        expect(world.fake.requests.map((request) => request.status)).toEqual([401]);
      });
    });

    it.concurrent(
      'a rejected owners-token blocks (fail closed) and the comment names owners-token',
      async () => {
        await inWorld(async (world) => {
          await world.guard(RISKY_PLAN, { extra: { 'owners-token': 'ghp_expired' } });
          world.label('bob'); // an active member of @acme/dba, which owns infra/db
          const run = await world.guard(RISKY_PLAN, {
            extra: { 'owners-token': 'ghp_expired' },
            action: 'labeled',
          });

          expect(run.code).toBe(1);
          expect(run.outputs['verdict']).toBe('blocked');
          const body = world.comments()[0]?.body ?? '';
          expect(body).toContain("could not confirm @bob's membership in @acme/dba");
          expect(body).toContain('owners-token');
          expect(
            world.fake.requests.filter((request) => request.path.startsWith('/orgs/')),
          ).not.toHaveLength(0);
        });
      },
    );

    it.concurrent(
      'a 403 on creating the comment warns about pull-requests: write and still decides',
      async () => {
        await inWorld(async (world) => {
          world.fake.faults.add({
            method: 'POST',
            path: PATHS.comments,
            status: 403,
            times: Infinity,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url:
                'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
              status: '403',
            },
          });
          const run = await world.guard(RISKY_PLAN);

          expect(run.code).toBe(1);
          expect(run.outputs).toMatchObject({ verdict: 'blocked', 'comment-url': '' });
          expect(warnings(run)).toEqual([expect.stringContaining('`pull-requests: write`')]);
          expect(errors(run).filter((line) => line.includes('write the comment'))).toEqual([]);
          expect(run.stdout).toContain('::error::destroy-guard: blocked');
          expect(run.summary).toContain('aws_db_instance.orders');
          expect(world.attempts(PATHS.comments, 'POST')).toHaveLength(1);
          expect(world.comments()).toEqual([]);
        });
      },
    );

    it.concurrent(
      'a 403 on editing the comment warns and keeps pointing at the existing one',
      async () => {
        await inWorld(async (world) => {
          const first = await world.guard(RISKY_PLAN);
          const url = first.outputs['comment-url'];
          world.fake.faults.add({
            method: 'PATCH',
            path: /^\/repos\/.*\/issues\/comments\/\d+$/u,
            status: 403,
          });
          const run = await world.guard(OTHER_RISKY_PLAN);

          expect(run.code).toBe(1);
          expect(run.outputs).toMatchObject({ verdict: 'blocked', 'comment-url': url });
          expect(warnings(run)).toEqual([expect.stringContaining('`pull-requests: write`')]);
          expect(world.comments()).toHaveLength(1);
          expect(world.writes().filter((request) => request.method === 'POST')).toHaveLength(1);
        });
      },
    );

    it.concurrent(
      'a 403 on removing a stale label warns about pull-requests: write and stays blocked',
      async () => {
        await inWorld(async (world) => {
          await world.guard(RISKY_PLAN);
          world.label('alice');
          expect((await world.guard(RISKY_PLAN, { action: 'labeled' })).outputs['verdict']).toBe(
            'approved',
          );
          world.fake.faults.add({ method: 'DELETE', path: PATHS.label, status: 403 });
          const run = await world.guard(OTHER_RISKY_PLAN); // the risky set changed: approval void

          expect(run.code).toBe(1);
          expect(run.outputs['verdict']).toBe('blocked');
          expect(warnings(run)).toEqual([
            expect.stringMatching(/could not remove the label: .*`pull-requests: write`/u),
          ]);
          expect(world.comments()[0]?.body).toContain('void');
        });
      },
    );
  });
});
