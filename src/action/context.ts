import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { Account } from '../approval/facts.js';
import type { MergeGroup } from '../github/origin.js';
import type { PullRequestRef, Repo } from '../github/repo.js';
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
  | {
      /** A commit on a branch (`push`): the PR that was merged as it carries the approval. */
      readonly kind: 'push';
      readonly event: string;
      readonly repo: Repo;
      readonly sha: string;
      readonly branch: string;
    }
  | {
      /** `merge_group` (checks_requested): every queued PR of the group carries its approval. */
      readonly kind: 'merge-group';
      readonly event: string;
      readonly repo: Repo;
      readonly group: MergeGroup;
    }
  | {
      readonly kind: 'other';
      readonly event: string;
      /** Why an event that can carry an approval has no approval path in this run. */
      readonly why?: string;
    };

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

const repository = z.object({ name: z.string(), owner: z.object({ login: z.string() }) });
// SHA-1 commit ids, or SHA-256 ones in a repository that uses them.
const sha = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u);

const pushPayload = z.object({ ref: z.string(), after: sha, repository });

const mergeGroupPayload = z.object({
  merge_group: z.object({
    head_sha: sha,
    head_ref: z.string(),
    base_sha: sha,
    base_ref: z.string(),
  }),
  repository,
});

/** pull_request, pull_request_target and pull_request_review carry the same `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (event === 'push' || event === 'merge_group') {
    // A local runner may give no payload: the approval cannot travel, so findings fail the step.
    if ((env['GITHUB_EVENT_PATH'] ?? '') === '') {
      const why = `GITHUB_EVENT_PATH is not set, so the pull request this ${event} came from cannot be found`;
      return { kind: 'other', event, why };
    }
    const payload = readPayload(env, event);
    return event === 'push' ? pushContext(event, payload) : mergeGroupContext(event, payload);
  }
  if (!PULL_REQUEST_EVENTS.has(event)) return { kind: 'other', event };
  return pullRequestContext(event, readPayload(env, event));
}

interface Payload {
  readonly path: string;
  readonly json: unknown;
}

function readPayload(env: NodeJS.ProcessEnv, event: string): Payload {
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
  return { path, json };
}

function pushContext(event: string, { path, json }: Payload): RunContext {
  const parsed = pushPayload.safeParse(json);
  if (!parsed.success) throw unusable(path, event, 'ref and after', parsed.error);
  const { ref, after, repository: repo } = parsed.data;
  // A tag or a deleted branch has no PR to carry an approval: report, and fail on findings.
  if (!ref.startsWith('refs/heads/') || /^0+$/u.test(after)) return { kind: 'other', event };
  return {
    kind: 'push',
    event,
    repo: { owner: repo.owner.login, repo: repo.name },
    sha: after,
    branch: ref.slice('refs/heads/'.length),
  };
}

function mergeGroupContext(event: string, { path, json }: Payload): RunContext {
  const parsed = mergeGroupPayload.safeParse(json);
  if (!parsed.success) throw unusable(path, event, 'merge_group', parsed.error);
  const { merge_group: group, repository: repo } = parsed.data;
  return {
    kind: 'merge-group',
    event,
    repo: { owner: repo.owner.login, repo: repo.name },
    group: {
      headSha: group.head_sha,
      headRef: group.head_ref,
      baseSha: group.base_sha,
      baseRef: group.base_ref,
    },
  };
}

function unusable(path: string, event: string, what: string, error: z.ZodError): UserError {
  return new UserError(
    `${path}: the ${event} event payload has no usable ${what} (${error.issues[0]?.path.join('.') ?? ''}); run destroy-guard on the event GitHub sends`,
  );
}

function pullRequestContext(event: string, { path, json }: Payload): RunContext {
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
