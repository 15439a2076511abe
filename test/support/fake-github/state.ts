/**
 * The fake's world: repositories, pull requests and what hangs off them, organisations with
 * teams, and the accounts that act. Plain records in Maps, keyed case-insensitively where
 * GitHub compares case-insensitively (logins, owner/repo, team slugs, label names).
 */

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface Account {
  readonly login: string;
  readonly type: AccountType;
  readonly id: number;
}

/** A login (type inferred: a `[bot]` suffix means Bot) or an explicit account. */
export type ActorInput = string | { readonly login: string; readonly type?: AccountType };

/** The GitHub App shown in `performed_via_github_app`. */
export interface AppRecord {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly owner: string;
}

export type PullState = 'open' | 'closed';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
export type FileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
export type MembershipState = 'active' | 'pending';

export interface CommentRecord {
  readonly id: number;
  body: string;
  readonly user: Account;
  readonly createdAt: string;
  updatedAt: string;
  readonly viaApp: AppRecord | null;
  /** Who edited it and when, oldest first (GraphQL `userContentEdits`; REST does not say). */
  readonly edits: { readonly editor: Account; readonly editedAt: string }[];
}

/** A commit of a pull request, as `GET /pulls/{n}/commits` and GraphQL `commits` show it. */
export interface CommitRecord {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The accounts GitHub matched from the commit's e-mails; null when unmatched. */
  readonly author: Account | null;
  readonly committer: Account | null;
  /** Set by whoever commits: never evidence of when a push happened (GITHUB.md). */
  readonly date: string;
  readonly message: string;
}

/** `GET /repos/{o}/{r}/activity`: GitHub's own record of what moved a branch, and when. */
export interface ActivityRecord {
  readonly id: number;
  readonly ref: string;
  readonly before: string;
  readonly after: string;
  readonly timestamp: string;
  readonly activityType: 'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge';
  readonly actor: Account;
}

/** Repository roles; `permission` in the collaborator API is the access level they give. */
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface IssueEventRecord {
  readonly id: number;
  readonly event: string;
  readonly actor: Account;
  readonly label: { readonly name: string; readonly color: string } | null;
  readonly createdAt: string;
  readonly viaApp: AppRecord | null;
}

export interface ReviewRecord {
  readonly id: number;
  readonly user: Account;
  state: ReviewState;
  readonly body: string;
  readonly commitId: string;
  readonly submittedAt: string;
}

export interface FileRecord {
  readonly filename: string;
  readonly status: FileStatus;
  readonly previous_filename?: string;
  readonly additions: number;
  readonly deletions: number;
  readonly patch?: string;
}

export interface BranchPointer {
  sha: string;
  ref: string;
}

export interface PullRecord {
  readonly number: number;
  readonly id: number;
  title: string;
  body: string | null;
  readonly user: Account;
  state: PullState;
  draft: boolean;
  merged: boolean;
  readonly head: BranchPointer & { readonly repo: string };
  base: BranchPointer;
  readonly createdAt: string;
  updatedAt: string;
  /** Label names currently applied, in the order they were applied. */
  labels: string[];
  readonly events: IssueEventRecord[];
  readonly comments: CommentRecord[];
  readonly reviews: ReviewRecord[];
  files: FileRecord[];
  readonly commits: CommitRecord[];
}

export interface LabelDefinition {
  readonly id: number;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
}

export interface CodeownersErrorRecord {
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly source: string;
  readonly suggestion: string | null;
  readonly message: string;
  readonly path: string;
}

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** How a pull request was merged: `sha` is `merge_commit_sha` (for a rebase, the new tip). */
export interface MergeRecord {
  readonly sha: string;
  readonly method: MergeMethod;
  readonly mergedAt: string;
  readonly by: Account;
  /** The commits the merge put on the base branch, oldest first (`sha` last). */
  readonly commits: readonly string[];
}

/**
 * The repository's git side beyond pull requests: commits on branches that no pull request
 * lists (merge, squash and rebased commits, merge-group commits, direct pushes), refs by full
 * name (`refs/heads/main`), and how each merged pull request was merged. Pull requests' own
 * commits and base commits join this graph when it is read (`git.ts`).
 */
export interface GitRecord {
  readonly commits: Map<string, CommitRecord>;
  readonly refs: Map<string, string>;
  readonly merges: Map<number, MergeRecord>;
}

export function createGit(): GitRecord {
  return { commits: new Map(), refs: new Map(), merges: new Map() };
}

export interface RepoRecord {
  readonly id: number;
  readonly owner: Account;
  readonly name: string;
  readonly defaultBranch: string;
  readonly private: boolean;
  readonly pulls: Map<number, PullRecord>;
  /** Keyed by lower-cased name: GitHub label names are case-insensitive. */
  readonly labelDefs: Map<string, LabelDefinition>;
  /** ref (branch name or commit SHA) → path → bytes. */
  readonly contents: Map<string, Map<string, Buffer>>;
  readonly codeownersErrors: Map<string, CodeownersErrorRecord[]>;
  readonly activity: ActivityRecord[];
  /** Keyed by lower-cased login. Anyone else: `none` on a private repository, `read` on a public one. */
  readonly collaborators: Map<string, RepoRole>;
  readonly git: GitRecord;
}

export interface TeamMember {
  readonly login: string;
  state: MembershipState;
}

export interface TeamRecord {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  /** `secret` teams are visible only to their members, org owners and app installations. */
  readonly privacy: 'closed' | 'secret';
  readonly members: Map<string, TeamMember>;
}

export interface OrgRecord {
  readonly account: Account;
  readonly owners: Set<string>;
  readonly teams: Map<string, TeamRecord>;
}

export interface FakeState {
  readonly users: Map<string, Account>;
  readonly repos: Map<string, RepoRecord>;
  readonly orgs: Map<string, OrgRecord>;
  readonly apps: Map<string, AppRecord>;
  /** Next ids; each kind increases monotonically like GitHub's database ids. */
  readonly ids: Record<
    'account' | 'repo' | 'pull' | 'comment' | 'event' | 'review' | 'misc',
    number
  >;
}

/** github-actions[bot]'s real account id. */
export const GITHUB_ACTIONS_BOT_ID = 41898282;

export function createState(): FakeState {
  return {
    users: new Map(),
    repos: new Map(),
    orgs: new Map(),
    apps: new Map(),
    ids: {
      account: 1000,
      repo: 700_000_000,
      pull: 2_100_000_000,
      comment: 3_000_000_000,
      event: 15_000_000_000,
      review: 2_500_000_000,
      misc: 9000,
    },
  };
}

export function nextId(state: FakeState, kind: keyof FakeState['ids']): number {
  state.ids[kind] += 1;
  return state.ids[kind];
}

export function key(text: string): string {
  return text.toLowerCase();
}

/** The account for a login, created on first use (a `[bot]` suffix makes it a Bot). */
export function account(state: FakeState, input: ActorInput): Account {
  const login = typeof input === 'string' ? input : input.login;
  const wanted = typeof input === 'string' ? undefined : input.type;
  const existing = state.users.get(key(login));
  if (existing !== undefined && (wanted === undefined || wanted === existing.type)) return existing;
  const type = wanted ?? existing?.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
  const id =
    existing?.id ??
    (login === 'github-actions[bot]' ? GITHUB_ACTIONS_BOT_ID : nextId(state, 'account'));
  const created: Account = { login, type, id };
  state.users.set(key(login), created);
  return created;
}

/** `owner/name`, split and checked. */
export function splitFullName(fullName: string): { owner: string; name: string } {
  const match = /^([^/\s]+)\/([^/\s]+)$/u.exec(fullName);
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new Error(`fake-github: expected "owner/name", got ${JSON.stringify(fullName)}`);
  }
  return { owner: match[1], name: match[2] };
}

export function fullName(repo: RepoRecord): string {
  return `${repo.owner.login}/${repo.name}`;
}

export function findRepo(state: FakeState, owner: string, name: string): RepoRecord | undefined {
  return state.repos.get(key(`${owner}/${name}`));
}

export function findRepoById(state: FakeState, id: number): RepoRecord | undefined {
  for (const repo of state.repos.values()) if (repo.id === id) return repo;
  return undefined;
}

export function findComment(
  repo: RepoRecord,
  id: number,
): { pull: PullRecord; comment: CommentRecord } | undefined {
  for (const pull of repo.pulls.values()) {
    const comment = pull.comments.find((c) => c.id === id);
    if (comment !== undefined) return { pull, comment };
  }
  return undefined;
}

/** Label names compare case-insensitively; the index of `name` on the pull, or -1. */
export function labelIndex(pull: PullRecord, name: string): number {
  return pull.labels.findIndex((label) => key(label) === key(name));
}

/** GitHub creates a repository label on first use when an issue is labelled with it. */
export function labelDefinition(state: FakeState, repo: RepoRecord, name: string): LabelDefinition {
  const existing = repo.labelDefs.get(key(name));
  if (existing !== undefined) return existing;
  const created: LabelDefinition = {
    id: nextId(state, 'misc'),
    name,
    color: 'ededed',
    description: null,
  };
  repo.labelDefs.set(key(name), created);
  return created;
}
