/**
 * Records → the JSON GitHub's REST API returns (the documented shapes, trimmed to the fields
 * a client plausibly reads). `api` is the fake's own base URL, `web` stands in for github.com.
 */
import { createHash } from 'node:crypto';
import type {
  Account,
  AppRecord,
  CommentRecord,
  FileRecord,
  IssueEventRecord,
  LabelDefinition,
  PullRecord,
  RepoRecord,
  ReviewRecord,
  TeamRecord,
} from './state.js';
import { fullName } from './state.js';

export interface Urls {
  readonly api: string;
  readonly web: string;
}

type Json = Record<string, unknown>;

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString('base64url')}`;
}

export function user(urls: Urls, account: Account): Json {
  const path = account.type === 'Organization' ? 'orgs' : 'users';
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(
      account.type === 'Bot' ? 'BOT' : account.type === 'Organization' ? 'O' : 'U',
      account.id,
    ),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: `${urls.api}/${path}/${encodeURIComponent(account.login)}`,
    html_url: `${urls.web}/${account.type === 'Bot' ? 'apps/' + account.login.replace(/\[bot\]$/u, '') : account.login}`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function app(urls: Urls, record: AppRecord | null): Json | null {
  if (record === null) return null;
  return {
    id: record.id,
    slug: record.slug,
    node_id: nodeId('A', record.id),
    owner: { login: record.owner, type: 'Organization' },
    name: record.name,
    description: '',
    external_url: `${urls.web}/apps/${record.slug}`,
    html_url: `${urls.web}/apps/${record.slug}`,
    permissions: {},
    events: [],
  };
}

export function repository(urls: Urls, repo: RepoRecord): Json {
  const name = fullName(repo);
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: name,
    private: repo.private,
    owner: user(urls, repo.owner),
    html_url: `${urls.web}/${name}`,
    url: `${urls.api}/repos/${name}`,
    default_branch: repo.defaultBranch,
    fork: false,
    visibility: repo.private ? 'private' : 'public',
  };
}

/** A fork head: GitHub shows the fork's own repository object under `head.repo`. */
function forkOf(urls: Urls, record: PullRecord): Json {
  const [owner = '', name = ''] = record.head.repo.split('/');
  return {
    name,
    full_name: record.head.repo,
    owner: { login: owner, type: record.user.login === owner ? record.user.type : 'User' },
    fork: true,
    html_url: `${urls.web}/${record.head.repo}`,
    url: `${urls.api}/repos/${record.head.repo}`,
  };
}

export function label(urls: Urls, repo: RepoRecord, definition: LabelDefinition): Json {
  return {
    id: definition.id,
    node_id: nodeId('LA', definition.id),
    url: `${urls.api}/repos/${fullName(repo)}/labels/${encodeURIComponent(definition.name)}`,
    name: definition.name,
    color: definition.color,
    default: false,
    description: definition.description,
  };
}

export function pull(
  urls: Urls,
  repo: RepoRecord,
  record: PullRecord,
  labels: readonly LabelDefinition[],
): Json {
  const name = fullName(repo);
  const api = `${urls.api}/repos/${name}`;
  const pointer = (side: { sha: string; ref: string }, owner: Account, repoJson: Json) => ({
    label: `${String(repoJson['full_name']).split('/')[0] ?? ''}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: user(urls, owner),
    repo: repoJson,
  });
  const base = repository(urls, repo);
  const merge = repo.git.merges.get(record.number);
  return {
    url: `${api}/pulls/${record.number}`,
    id: record.id,
    node_id: nodeId('PR', record.id),
    html_url: `${urls.web}/${name}/pull/${record.number}`,
    issue_url: `${api}/issues/${record.number}`,
    number: record.number,
    state: record.state,
    locked: false,
    title: record.title,
    user: user(urls, record.user),
    body: record.body,
    labels: labels.map((definition) => label(urls, repo, definition)),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    closed_at: record.state === 'closed' ? (merge?.mergedAt ?? record.updatedAt) : null,
    merged_at: merge?.mergedAt ?? null,
    // An open pull request's is its test merge commit, never on the base branch.
    merge_commit_sha: merge?.sha ?? blobShaOf(`test-merge:${record.head.sha}:${record.base.sha}`),
    merged_by: merge === undefined ? null : user(urls, merge.by),
    draft: record.draft,
    head: pointer(
      record.head,
      record.user,
      record.head.repo === name ? base : forkOf(urls, record),
    ),
    base: pointer(record.base, repo.owner, base),
    author_association: 'CONTRIBUTOR',
    merged: record.merged,
    comments: record.comments.length,
    review_comments: 0,
    commits: record.commits.length,
    additions: record.files.reduce((sum, file) => sum + file.additions, 0),
    deletions: record.files.reduce((sum, file) => sum + file.deletions, 0),
    // The real count, even when the files endpoint stops at 3,000 (GITHUB.md).
    changed_files: record.files.length,
  };
}

export function file(urls: Urls, repo: RepoRecord, record: PullRecord, entry: FileRecord): Json {
  const name = fullName(repo);
  const path = entry.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: blobShaOf(`${record.head.sha}:${entry.filename}`),
    filename: entry.filename,
    status: entry.status,
    additions: entry.additions,
    deletions: entry.deletions,
    changes: entry.additions + entry.deletions,
    blob_url: `${urls.web}/${name}/blob/${record.head.sha}/${path}`,
    raw_url: `${urls.web}/${name}/raw/${record.head.sha}/${path}`,
    contents_url: `${urls.api}/repos/${name}/contents/${path}?ref=${record.head.sha}`,
    ...(entry.patch === undefined ? {} : { patch: entry.patch }),
    ...(entry.previous_filename === undefined
      ? {}
      : { previous_filename: entry.previous_filename }),
  };
}

export function comment(
  urls: Urls,
  repo: RepoRecord,
  record: PullRecord,
  entry: CommentRecord,
): Json {
  const name = fullName(repo);
  return {
    url: `${urls.api}/repos/${name}/issues/comments/${entry.id}`,
    html_url: `${urls.web}/${name}/pull/${record.number}#issuecomment-${entry.id}`,
    issue_url: `${urls.api}/repos/${name}/issues/${record.number}`,
    id: entry.id,
    node_id: nodeId('IC', entry.id),
    user: user(urls, entry.user),
    created_at: entry.createdAt,
    updated_at: entry.updatedAt,
    author_association: entry.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    body: entry.body,
    reactions: {
      url: `${urls.api}/repos/${name}/issues/comments/${entry.id}/reactions`,
      total_count: 0,
    },
    performed_via_github_app: app(urls, entry.viaApp),
  };
}

export function issueEvent(urls: Urls, repo: RepoRecord, entry: IssueEventRecord): Json {
  return {
    id: entry.id,
    node_id: nodeId(entry.event === 'labeled' ? 'LE' : 'ULE', entry.id),
    url: `${urls.api}/repos/${fullName(repo)}/issues/events/${entry.id}`,
    actor: user(urls, entry.actor),
    event: entry.event,
    commit_id: null,
    commit_url: null,
    created_at: entry.createdAt,
    ...(entry.label === null ? {} : { label: entry.label }),
    performed_via_github_app: app(urls, entry.viaApp),
  };
}

export function review(
  urls: Urls,
  repo: RepoRecord,
  record: PullRecord,
  entry: ReviewRecord,
): Json {
  const name = fullName(repo);
  const html = `${urls.web}/${name}/pull/${record.number}#pullrequestreview-${entry.id}`;
  const pullUrl = `${urls.api}/repos/${name}/pulls/${record.number}`;
  return {
    id: entry.id,
    node_id: nodeId('PRR', entry.id),
    user: user(urls, entry.user),
    body: entry.body,
    state: entry.state,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: 'MEMBER',
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: entry.submittedAt,
    commit_id: entry.commitId,
  };
}

export function team(urls: Urls, orgLogin: string, record: TeamRecord): Json {
  return {
    id: record.id,
    node_id: nodeId('T', record.id),
    url: `${urls.api}/organizations/${orgLogin}/team/${record.id}`,
    html_url: `${urls.web}/orgs/${orgLogin}/teams/${record.slug}`,
    name: record.name,
    slug: record.slug,
    description: null,
    privacy: record.privacy,
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${urls.api}/organizations/${orgLogin}/team/${record.id}/members{/member}`,
    repositories_url: `${urls.api}/organizations/${orgLogin}/team/${record.id}/repos`,
    parent: null,
  };
}

/** A stable 40-hex id for something that has no real git object behind it. */
function blobShaOf(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}
