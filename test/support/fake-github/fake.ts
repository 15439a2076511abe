/**
 * The handle a test holds: the base URL, the mutable world, the request log, fault
 * injection, and helpers that change the world the way GitHub would.
 */
import type { TokenConfig } from './auth.js';
import type { Clock } from './clock.js';
import {
  buildMergeGroupEvent,
  buildPullRequestEvent,
  buildPushEvent,
  type PushEventInput,
  type EventPayload,
  type PullRequestAction,
  type PullRequestEventExtra,
} from './events.js';
import { Faults } from './faults.js';
import * as git from './git.js';
import * as mutate from './mutations.js';
import * as world from './world.js';
import { RateLimiter, type RateSnapshot } from './ratelimit.js';
import type { Urls } from './serialize.js';
import {
  account,
  createState,
  type Account,
  type ActorInput,
  type CodeownersErrorRecord,
  type CommentRecord,
  type FakeState,
  type IssueEventRecord,
  type MembershipState,
  type PullRecord,
  type RepoRecord,
  type ReviewRecord,
  type RepoRole,
  type ReviewState,
  type TeamRecord,
} from './state.js';

export interface FakeGitHubOptions {
  /** token → identity and permissions. Requests without a listed token get 401. */
  readonly tokens?: Readonly<Record<string, TokenConfig>>;
  /** Timestamps the fake writes (created_at, …). Default: the real time. */
  readonly clock?: Clock;
  /** Rate-limit windows, in epoch ms; clients compare `x-ratelimit-reset` to their own clock. */
  readonly wallClock?: () => number;
  /** Added before every response. */
  readonly latencyMs?: number;
  /** `/api/v3` to look like GitHub Enterprise Server. */
  readonly pathPrefix?: string;
  /** Stands in for https://github.com in `html_url`s. */
  readonly webUrl?: string;
  /** Builds the baseline world; run at start and after every `reset()`. */
  readonly setup?: (fake: FakeGitHub) => void;
}

export interface LoggedRequest {
  readonly method: string;
  /** Path without the `pathPrefix` and query, as received. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: {
    readonly authorization?: string;
    readonly accept?: string;
    readonly 'content-type'?: string;
    readonly 'user-agent'?: string;
    readonly 'x-github-api-version'?: string;
  };
  /** Parsed JSON body, the raw text if it was not JSON, or undefined when empty. */
  readonly body: unknown;
  readonly status: number;
  /** `GET /repos/{owner}/{repo}/pulls/{pull_number}`-style name of the matched route. */
  readonly route: string | undefined;
  /** The token's login, when the token is known. */
  readonly login: string | undefined;
  readonly requestId: string;
  /** True when an injected fault answered. */
  readonly fault: boolean;
  /** Wall-clock epoch ms when the request arrived. */
  readonly time: number;
  readonly durationMs: number;
}

export class FakeGitHub {
  readonly state: FakeState = createState();
  readonly requests: LoggedRequest[] = [];
  readonly faults = new Faults();
  readonly tokens: Map<string, TokenConfig>;
  readonly rates: RateLimiter;
  readonly clock: Clock;
  /** Epoch ms for rate-limit windows and reset times. */
  readonly wallClock: () => number;
  readonly urls: Urls;
  latencyMs: number;

  constructor(
    /** Base URL for GITHUB_API_URL / Octokit `baseUrl` (includes `pathPrefix`). */
    readonly url: string,
    readonly pathPrefix: string,
    private readonly options: FakeGitHubOptions,
    private readonly shutdown: () => Promise<void>,
  ) {
    this.tokens = new Map(Object.entries(options.tokens ?? {}));
    this.clock = options.clock ?? (() => new Date());
    this.wallClock = options.wallClock ?? Date.now;
    this.rates = new RateLimiter(this.wallClock);
    this.latencyMs = options.latencyMs ?? 0;
    this.urls = { api: url, web: options.webUrl ?? 'https://github.com' };
    options.setup?.(this);
  }

  /** Empties the world, the log, faults and rate counters, then runs `setup` again. */
  reset(): void {
    const fresh = createState();
    this.state.users.clear();
    this.state.repos.clear();
    this.state.orgs.clear();
    this.state.apps.clear();
    Object.assign(this.state.ids, fresh.ids);
    this.requests.length = 0;
    this.faults.clear();
    this.rates.clear();
    this.latencyMs = this.options.latencyMs ?? 0;
    this.options.setup?.(this);
  }

  close(): Promise<void> {
    return this.shutdown();
  }

  addToken(token: string, config: TokenConfig): void {
    this.tokens.set(token, config);
  }

  /** The primary rate-limit counters a token currently sees (not counted as a request). */
  rateLimit(token: string): RateSnapshot {
    return this.rates.peek(token, this.tokens.get(token)?.rateLimit ?? 5000);
  }

  /** Requests whose route name or path matches, e.g. `requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')`. */
  requestsTo(routeOrPath: string | RegExp): LoggedRequest[] {
    return this.requests.filter((r) =>
      typeof routeOrPath === 'string'
        ? r.route === routeOrPath || r.path === routeOrPath
        : routeOrPath.test(r.route ?? '') || routeOrPath.test(r.path),
    );
  }

  // World set-up.

  addUser(login: string, type: 'User' | 'Bot' = login.endsWith('[bot]') ? 'Bot' : 'User'): Account {
    return account(this.state, { login, type });
  }

  addRepo(name: string, options: world.RepoOptions = {}): RepoRecord {
    return world.addRepo(this.state, name, options);
  }

  /** Adds the repository too when it does not exist yet. */
  addPull(repo: string, options: world.PullOptions): PullRecord {
    world.addRepo(this.state, repo);
    return world.addPull(this.state, this.clock, repo, options);
  }

  addTeam(
    org: string,
    slug: string,
    members: Readonly<Record<string, MembershipState>> = {},
    options: world.TeamOptions = {},
  ): TeamRecord {
    return world.addTeam(this.state, org, slug, members, options);
  }

  setMembership(
    org: string,
    slug: string,
    login: string,
    membership: MembershipState | undefined,
  ): void {
    world.setMembership(this.state, org, slug, login, membership);
  }

  addOrgOwner(org: string, login: string): void {
    world.addOrgOwner(this.state, org, login);
  }

  // Changes people make on GitHub.

  /** Emits `labeled` unless the label is already present (GitHub emits nothing then). */
  addLabel(
    repo: string,
    number: number,
    name: string,
    actor: ActorInput,
    options: mutate.LabelOptions = {},
  ): IssueEventRecord | undefined {
    return mutate.addLabel(this.state, this.clock, repo, number, name, actor, options);
  }

  /** Emits `unlabeled` when the label was present. */
  removeLabel(
    repo: string,
    number: number,
    name: string,
    actor: ActorInput,
    options: mutate.LabelOptions = {},
  ): IssueEventRecord | undefined {
    return mutate.removeLabel(this.state, this.clock, repo, number, name, actor, options);
  }

  addComment(
    repo: string,
    number: number,
    body: string,
    author: ActorInput,
    options: mutate.CommentOptions = {},
  ): CommentRecord {
    return mutate.addComment(this.state, this.clock, repo, number, body, author, options);
  }

  /** Edits as `options.by` (default: the comment's author); GraphQL shows the edit history. */
  editComment(id: number, body: string, options: mutate.EditOptions = {}): CommentRecord {
    return mutate.editComment(this.state, this.clock, id, body, options);
  }

  /** A repository role for `login` (collaborator permission API); `undefined` removes it. */
  setCollaborator(repo: string, login: string, role: RepoRole | undefined): void {
    world.setCollaborator(this.state, repo, login, role);
  }

  /** GitHub's "Update branch" button: a merge of the base into the head, committed by web-flow. */
  updateBranch(
    repo: string,
    number: number,
    sha: string,
    by: ActorInput,
    when: world.When = {},
  ): PullRecord {
    return mutate.updateBranch(this.state, this.clock, repo, number, sha, by, when);
  }

  /** Moves the live base (a retargeted PR); payloads built earlier keep the old one. */
  setBase(repo: string, number: number, base: { sha: string; ref?: string }): void {
    mutate.setBase(this.state, repo, number, base);
  }

  deleteComment(id: number): boolean {
    return mutate.deleteComment(this.state, id);
  }

  addReview(
    repo: string,
    number: number,
    reviewer: ActorInput,
    state: ReviewState,
    options: mutate.ReviewOptions = {},
  ): ReviewRecord {
    return mutate.addReview(this.state, this.clock, repo, number, reviewer, state, options);
  }

  dismissReview(repo: string, number: number, id: number): ReviewRecord {
    return mutate.dismissReview(this.state, repo, number, id);
  }

  setFiles(repo: string, number: number, files: readonly world.FileInput[]): void {
    world.setFiles(this.state, repo, number, files);
  }

  /** Text or bytes at a ref (branch or SHA); `undefined` deletes. */
  setContent(repo: string, ref: string, path: string, content: string | Buffer | undefined): void {
    world.addRepo(this.state, repo);
    world.setContent(this.state, repo, ref, path, content);
  }

  setCodeownersErrors(repo: string, ref: string, errors: readonly CodeownersErrorRecord[]): void {
    world.setCodeownersErrors(this.state, repo, ref, errors);
  }

  pushCommit(
    repo: string,
    number: number,
    sha: string,
    options: mutate.PushOptions = {},
  ): PullRecord {
    return mutate.pushCommit(this.state, this.clock, repo, number, sha, options);
  }

  // After review: merges, direct pushes, the merge queue (git.ts).

  /** Closes and merges the pull request; its base branch gains the commit(s) (`merge_commit_sha`). */
  mergePull(repo: string, number: number, options: git.MergeOptions): void {
    git.mergePull(this.state, this.clock, repo, number, options);
  }

  /** A commit pushed straight to `branch`, produced by no pull request. */
  pushBranch(
    repo: string,
    branch: string,
    sha: string,
    options: git.BranchPushOptions = {},
  ): { before: string; after: string } {
    return git.pushBranch(this.state, this.clock, repo, branch, sha, options);
  }

  /** The merge queue's group on `base`: a commit and a `gh-readonly-queue` ref per pull request. */
  queueMerge(
    repo: string,
    base: string,
    numbers: readonly number[],
    options: git.QueueOptions = {},
  ): git.MergeGroup {
    return git.queueMerge(this.state, this.clock, repo, base, numbers, options);
  }

  /** The `push` payload for `ref` moving from `before` to `after`. */
  pushEvent(repo: string, input: PushEventInput): EventPayload {
    return buildPushEvent(this.state, this.urls, repo, input);
  }

  /** The `merge_group` (`checks_requested`) payload for a group `queueMerge` built. */
  mergeGroupEvent(repo: string, group: git.MergeGroup): EventPayload {
    return buildMergeGroupEvent(this.state, this.urls, repo, group);
  }

  /** The JSON a runner writes to GITHUB_EVENT_PATH, from the current state. */
  pullRequestEvent(
    repo: string,
    number: number,
    action: PullRequestAction,
    extra: PullRequestEventExtra = {},
  ): EventPayload {
    return buildPullRequestEvent(this.state, this.urls, repo, number, action, extra);
  }
}
