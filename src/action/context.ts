import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { Account } from '../approval/facts.js';
import type { PullRequestRef } from '../github/repo.js';
import { UserError } from '../util/errors.js';

/** Where the run happens: a pull request (approval possible) or elsewhere (report + fail-on). */
export type RunContext =
  | {
      readonly kind: 'pull-request';
      readonly event: string;
      readonly pr: PullRequestRef;
      readonly author: Account;
      readonly headSha: string;
      readonly baseSha: string;
      readonly changedFiles: number | undefined;
      /** The label this run's `labeled` event applied, if that is what started it. */
      readonly labeledWith: string | undefined;
    }
  | { readonly kind: 'other'; readonly event: string };

const account = z.object({ login: z.string(), type: z.string().default('User') });

const pullRequestPayload = z.object({
  action: z.string().optional(),
  label: z.object({ name: z.string() }).nullish(),
  pull_request: z.object({
    number: z.number().int().positive(),
    user: account,
    head: z.object({ sha: z.string() }),
    base: z.object({ sha: z.string() }),
    changed_files: z.number().int().optional(),
  }),
  repository: z.object({ name: z.string(), owner: z.object({ login: z.string() }) }),
});

/** pull_request, pull_request_target and pull_request_review carry the same `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (!PULL_REQUEST_EVENTS.has(event)) return { kind: 'other', event };
  const path = env['GITHUB_EVENT_PATH'];
  if (path === undefined || path === '') {
    throw new UserError(
      `GITHUB_EVENT_PATH is not set for a ${event} event; run destroy-guard as a step of a GitHub Actions job`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(
      `${path}: cannot read the event payload (${(error as Error).message.split('\n')[0] ?? ''})`,
    );
  }
  const parsed = pullRequestPayload.safeParse(json);
  if (!parsed.success) {
    throw new UserError(
      `${path}: the ${event} event payload has no usable pull_request (${parsed.error.issues[0]?.path.join('.') ?? ''}); trigger destroy-guard on pull_request events`,
    );
  }
  const payload = parsed.data;
  const labeledWith = payload.action === 'labeled' ? payload.label?.name : undefined;
  return {
    kind: 'pull-request',
    event,
    pr: {
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      number: payload.pull_request.number,
    },
    author: payload.pull_request.user,
    headSha: payload.pull_request.head.sha,
    baseSha: payload.pull_request.base.sha,
    changedFiles: payload.pull_request.changed_files,
    labeledWith,
  };
}
