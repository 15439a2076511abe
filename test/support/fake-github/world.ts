/**
 * Setting up the world: repositories, pull requests, their files and contents, organisations
 * and teams. Test helpers call these; so do the mutations that act on what they create.
 */
import { isoSeconds, type Clock } from './clock.js';
import {
  account,
  createGit,
  key,
  nextId,
  splitFullName,
  type ActorInput,
  type AppRecord,
  type CodeownersErrorRecord,
  type FakeState,
  type FileRecord,
  type FileStatus,
  type MembershipState,
  type OrgRecord,
  type PullRecord,
  type PullState,
  type RepoRecord,
  type RepoRole,
  type TeamRecord,
} from './state.js';

export type AppInput =
  string | { readonly slug: string; readonly name?: string; readonly owner?: string };

export interface When {
  /** Overrides the clock for this one change. */
  readonly at?: Date | string;
}

export function stamp(now: Clock, when: When | undefined): string {
  return isoSeconds(when?.at === undefined ? now() : new Date(when.at));
}

export function app(state: FakeState, input: AppInput): AppRecord {
  const slug = typeof input === 'string' ? input : input.slug;
  const existing = state.apps.get(key(slug));
  if (existing !== undefined) return existing;
  const created: AppRecord = {
    id: nextId(state, 'misc'),
    slug,
    name: typeof input === 'string' ? slug : (input.name ?? slug),
    owner: typeof input === 'string' ? slug : (input.owner ?? slug),
  };
  state.apps.set(key(slug), created);
  return created;
}

export interface RepoOptions {
  readonly defaultBranch?: string;
  readonly private?: boolean;
  readonly ownerType?: 'User' | 'Organization';
}

export function addRepo(state: FakeState, name: string, options: RepoOptions = {}): RepoRecord {
  const parts = splitFullName(name);
  const existing = state.repos.get(key(name));
  if (existing !== undefined) return existing;
  const isOrg = options.ownerType !== 'User';
  const repo: RepoRecord = {
    id: nextId(state, 'repo'),
    owner: isOrg ? org(state, parts.owner).account : account(state, parts.owner),
    name: parts.name,
    defaultBranch: options.defaultBranch ?? 'main',
    private: options.private ?? true,
    pulls: new Map(),
    labelDefs: new Map(),
    contents: new Map(),
    codeownersErrors: new Map(),
    activity: [],
    collaborators: new Map(),
    git: createGit(),
  };
  state.repos.set(key(name), repo);
  return repo;
}

export function requireRepo(state: FakeState, name: string): RepoRecord {
  const repo = state.repos.get(key(name));
  if (repo === undefined) throw new Error(`fake-github: no repository ${name}; call addRepo first`);
  return repo;
}

export function requirePull(state: FakeState, repoName: string, number: number): PullRecord {
  const pull = requireRepo(state, repoName).pulls.get(number);
  if (pull === undefined) throw new Error(`fake-github: no pull request ${repoName}#${number}`);
  return pull;
}

export type FileInput =
  | string
  | {
      readonly filename: string;
      readonly status?: FileStatus;
      readonly previous_filename?: string;
      readonly additions?: number;
      readonly deletions?: number;
      readonly patch?: string;
    };

function fileRecord(input: FileInput): FileRecord {
  if (typeof input === 'string')
    return { filename: input, status: 'modified', additions: 1, deletions: 1 };
  const status = input.status ?? (input.previous_filename === undefined ? 'modified' : 'renamed');
  return {
    filename: input.filename,
    status,
    additions: input.additions ?? 1,
    deletions: input.deletions ?? 1,
    ...(input.previous_filename === undefined
      ? {}
      : { previous_filename: input.previous_filename }),
    ...(input.patch === undefined ? {} : { patch: input.patch }),
  };
}

export interface PullOptions extends When {
  readonly number?: number;
  readonly author: ActorInput;
  readonly head: { readonly sha: string; readonly ref?: string; readonly repo?: string };
  readonly base: { readonly sha: string; readonly ref?: string };
  readonly title?: string;
  readonly body?: string | null;
  readonly state?: PullState;
  readonly draft?: boolean;
  readonly files?: readonly FileInput[];
}

export function addPull(
  state: FakeState,
  now: Clock,
  repoName: string,
  options: PullOptions,
): PullRecord {
  const repo = requireRepo(state, repoName);
  const number = options.number ?? Math.max(0, ...repo.pulls.keys()) + 1;
  if (repo.pulls.has(number)) throw new Error(`fake-github: ${repoName}#${number} already exists`);
  const at = stamp(now, options);
  const pull: PullRecord = {
    number,
    id: nextId(state, 'pull'),
    title: options.title ?? `Pull request ${number}`,
    body: options.body ?? null,
    user: account(state, options.author),
    state: options.state ?? 'open',
    draft: options.draft ?? false,
    merged: false,
    head: {
      sha: options.head.sha,
      ref: options.head.ref ?? `feature-${number}`,
      repo: options.head.repo ?? repoName,
    },
    base: { sha: options.base.sha, ref: options.base.ref ?? repo.defaultBranch },
    createdAt: at,
    updatedAt: at,
    labels: [],
    events: [],
    comments: [],
    reviews: [],
    files: (options.files ?? []).map(fileRecord),
    commits: [],
  };
  repo.pulls.set(number, pull);
  // The branch was pushed, then the pull request opened: GitHub's activity log has the push.
  pull.commits.push({
    sha: options.head.sha,
    parents: [options.base.sha],
    author: pull.user,
    committer: pull.user,
    date: at,
    message: 'Initial change',
  });
  repo.activity.push({
    id: nextId(state, 'misc'),
    ref: `refs/heads/${pull.head.ref}`,
    before: '0'.repeat(40),
    after: options.head.sha,
    timestamp: at,
    activityType: 'branch_creation',
    actor: pull.user,
  });
  return pull;
}

export function setFiles(
  state: FakeState,
  repoName: string,
  number: number,
  files: readonly FileInput[],
): void {
  requirePull(state, repoName, number).files = files.map(fileRecord);
}

export function setContent(
  state: FakeState,
  repoName: string,
  ref: string,
  path: string,
  content: string | Buffer | undefined,
): void {
  const repo = requireRepo(state, repoName);
  const clean = path.replace(/^\/+|\/+$/gu, '');
  let files = repo.contents.get(ref);
  if (files === undefined) {
    files = new Map();
    repo.contents.set(ref, files);
  }
  if (content === undefined) files.delete(clean);
  else files.set(clean, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
}

export function setCodeownersErrors(
  state: FakeState,
  repoName: string,
  ref: string,
  errors: readonly CodeownersErrorRecord[],
): void {
  requireRepo(state, repoName).codeownersErrors.set(ref, [...errors]);
}

export function org(state: FakeState, login: string): OrgRecord {
  const existing = state.orgs.get(key(login));
  if (existing !== undefined) return existing;
  const created: OrgRecord = {
    account: account(state, { login, type: 'Organization' }),
    owners: new Set(),
    teams: new Map(),
  };
  state.orgs.set(key(login), created);
  return created;
}

export interface TeamOptions {
  readonly name?: string;
  readonly privacy?: 'closed' | 'secret';
}

export function addTeam(
  state: FakeState,
  orgLogin: string,
  slug: string,
  members: Readonly<Record<string, MembershipState>> = {},
  options: TeamOptions = {},
): TeamRecord {
  const owner = org(state, orgLogin);
  const team: TeamRecord = owner.teams.get(key(slug)) ?? {
    id: nextId(state, 'misc'),
    slug,
    name: options.name ?? slug,
    privacy: options.privacy ?? 'closed',
    members: new Map(),
  };
  owner.teams.set(key(slug), team);
  for (const [login, membership] of Object.entries(members))
    setMembership(state, orgLogin, slug, login, membership);
  return team;
}

/** Adds, changes or (undefined) removes a member. */
export function setMembership(
  state: FakeState,
  orgLogin: string,
  slug: string,
  login: string,
  membership: MembershipState | undefined,
): void {
  const team = state.orgs.get(key(orgLogin))?.teams.get(key(slug));
  if (team === undefined)
    throw new Error(`fake-github: no team ${orgLogin}/${slug}; call addTeam first`);
  if (membership === undefined) {
    team.members.delete(key(login));
    return;
  }
  account(state, login);
  team.members.set(key(login), { login, state: membership });
}

/** Gives `login` a role on the repository (`undefined` removes it). */
export function setCollaborator(
  state: FakeState,
  repoName: string,
  login: string,
  role: RepoRole | undefined,
): void {
  const repo = requireRepo(state, repoName);
  account(state, login);
  if (role === undefined) repo.collaborators.delete(key(login));
  else repo.collaborators.set(key(login), role);
}

export function addOrgOwner(state: FakeState, orgLogin: string, login: string): void {
  account(state, login);
  org(state, orgLogin).owners.add(key(login));
}
