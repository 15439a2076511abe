/**
 * One private fake GitHub per scenario, so that fault and pagination scenarios can run
 * concurrently (`it.concurrent`) without sharing a request log, a fault queue or a world.
 * The world itself is the one in world.ts: PR #7 by `dev` changes `infra/db/main.tf`, and the
 * base commit's CODEOWNERS gives `/infra/db/` to @alice and @acme/dba.
 */
import type {
  CommentRecord,
  EventPayload,
  FakeGitHub,
  LoggedRequest,
  ManualClock,
  PullRequestAction,
} from '../support/fake-github/index.js';
import { annotations, runAction, type ActionRun } from './harness.js';
import { inputs, LABEL, PR, REPO, startWorld, isWrite } from './world.js';

/** First-page paths as the action requests them (later pages follow `link` URLs). */
export const PATHS = {
  comments: `/repos/${REPO}/issues/${PR}/comments`,
  /** The pull request, its labels, comments (with edit history) and commits, in one query. */
  graphql: '/graphql',
  events: `/repos/${REPO}/issues/${PR}/events`,
  files: `/repos/${REPO}/pulls/${PR}/files`,
  /** Octokit expands `{path}` with encodeURIComponent: `.github%2FCODEOWNERS`. */
  contents: (path: string) => `/repos/${REPO}/contents/${encodeURIComponent(path)}`,
  label: `/repos/${REPO}/issues/${PR}/labels/${LABEL}`,
} as const;

export const ROUTES = {
  listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  events: 'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
  files: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  contents: 'GET /repos/{owner}/{repo}/contents/{path+}',
} as const;

export interface GuardOptions {
  /** Action inputs besides `plan` and `github-token`. */
  readonly extra?: Readonly<Record<string, string>>;
  /** The `pull_request` action that started the run (default `synchronize`). */
  readonly action?: PullRequestAction;
  /** Changes the event payload before the run sees it. */
  readonly payload?: (payload: EventPayload) => EventPayload;
}

export interface World {
  readonly fake: FakeGitHub;
  readonly clock: ManualClock;
  /** One run of the bundled action on PR #7; the fake's clock then moves on a minute. */
  guard(plan: string, options?: GuardOptions): Promise<ActionRun & { readonly ms: number }>;
  /** `who` applies the approval label (a `labeled` event), a minute later than the last change. */
  label(who: string): void;
  /** The action's own comments: written by the GITHUB_TOKEN's bot and carrying the marker. */
  comments(): CommentRecord[];
  /** Requests that changed something. */
  writes(): LoggedRequest[];
  /** Requests to exactly this path (faulted ones included: they have no route name). */
  attempts(path: string, method?: string): LoggedRequest[];
}

export async function inWorld(scenario: (world: World) => Promise<void>): Promise<void> {
  const { fake, clock } = await startWorld();
  const world: World = {
    fake,
    clock,
    async guard(plan, options = {}) {
      const event = fake.pullRequestEvent(REPO, PR, options.action ?? 'synchronize');
      const started = performance.now();
      const run = await runAction({
        fake,
        event: 'pull_request',
        payload: options.payload === undefined ? event : options.payload(event),
        inputs: inputs(plan, { ...options.extra }),
      });
      const ms = Math.round(performance.now() - started);
      clock.advance(60);
      return { ...run, ms };
    },
    label(who) {
      // Never in the same second as the change before it: "after" is strict (rule 4).
      clock.advance(60);
      fake.addLabel(REPO, PR, LABEL, who);
      clock.advance(60);
    },
    comments() {
      const pull = fake.state.repos.get(REPO)?.pulls.get(PR);
      return (pull?.comments ?? []).filter(
        (comment) =>
          comment.user.login === 'github-actions[bot]' &&
          comment.body.startsWith('<!-- destroy-guard'),
      );
    },
    writes() {
      return fake.requests.filter((request) => isWrite(request));
    },
    attempts(path, method = 'GET') {
      return fake.requests.filter((request) => request.path === path && request.method === method);
    },
  };
  try {
    await scenario(world);
  } finally {
    await fake.close();
  }
}

/** Milliseconds between consecutive attempts, from the fake's arrival times. */
export function gaps(attempts: readonly LoggedRequest[]): number[] {
  return attempts.slice(1).map((attempt, i) => attempt.time - (attempts[i]?.time ?? attempt.time));
}

export function errors(run: ActionRun): string[] {
  return annotations(run.stdout, 'error');
}

export function warnings(run: ActionRun): string[] {
  return annotations(run.stdout, 'warning');
}
