/**
 * The git side the apply-after-merge and merge-queue checks read: pull requests associated
 * with a commit, a comparison of two commits, and refs by prefix (docs/github.md).
 */
import { ApiError, errorReply, notFound, type Reply } from '../http.js';
import { pageOf, paginate } from '../pagination.js';
import type { RepoContext, RepoRoute } from '../router.js';
import { user, type Urls } from '../serialize.js';
import { aheadOf, allRefs, ancestors, commitGraph, resolveCommit } from '../git.js';
import { fullName, type CommitRecord, type PullRecord, type RepoRecord } from '../state.js';
import { pullJson } from './pulls.js';

const READ_CONTENTS = [{ scope: 'contents', level: 'read' }] as const;

/** Without `page` or `per_page`, compare lists at most 250 commits: the most recent ones. */
export const UNPAGED_COMPARE_COMMITS = 250;

export function commitJson(
  urls: Urls,
  repo: RepoRecord,
  commit: CommitRecord,
): Record<string, unknown> {
  const api = `${urls.api}/repos/${fullName(repo)}`;
  const person = (who: CommitRecord['author']) => ({
    name: who?.login ?? 'someone',
    email: `${who?.login ?? 'someone'}@users.noreply.github.com`,
    date: commit.date,
  });
  return {
    sha: commit.sha,
    node_id: `C_${Buffer.from(commit.sha).toString('base64url').slice(0, 20)}`,
    url: `${api}/commits/${commit.sha}`,
    html_url: `${urls.web}/${fullName(repo)}/commit/${commit.sha}`,
    commit: {
      author: person(commit.author),
      committer: person(commit.committer),
      message: commit.message,
      tree: { sha: commit.sha.split('').reverse().join(''), url: `${api}/git/trees/${commit.sha}` },
      url: `${api}/git/commits/${commit.sha}`,
      comment_count: 0,
    },
    author: commit.author === null ? null : user(urls, commit.author),
    committer: commit.committer === null ? null : user(urls, commit.committer),
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}` })),
  };
}

/**
 * GitHub: "the merged pull request that introduced the commit"; for a commit not on the
 * default branch, the merged and open pull requests that contain it.
 */
function associatedPulls(repo: RepoRecord, sha: string): PullRecord[] {
  const graph = commitGraph(repo);
  const tip = repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
  const onDefault = tip !== undefined && ancestors(graph, tip).has(sha);
  const pulls = [...repo.pulls.values()].sort((a, b) => b.number - a.number);
  const introduced = pulls.filter((pull) => {
    const merge = repo.git.merges.get(pull.number);
    if (merge === undefined) return false;
    const own = merge.method === 'merge' ? pull.commits.map((commit) => commit.sha) : [];
    return merge.commits.includes(sha) || own.includes(sha);
  });
  if (onDefault) return introduced;
  const contains = (pull: PullRecord) =>
    pull.head.sha === sha || pull.commits.some((commit) => commit.sha === sha);
  return pulls.filter(
    (pull) =>
      introduced.includes(pull) || ((pull.state === 'open' || pull.merged) && contains(pull)),
  );
}

/** The nearest common ancestor, breadth first from `head`. */
function mergeBaseOf(
  graph: Map<string, CommitRecord>,
  base: string,
  head: string,
): string | undefined {
  const baseSide = ancestors(graph, base);
  const queue = [head];
  const seen = new Set<string>();
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (baseSide.has(next)) return next;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(graph.get(next)?.parents ?? []));
  }
  return undefined;
}

function compare(context: RepoContext): Reply {
  const match = /^([^.]+)\.\.\.([^.]+)$/u.exec(context.params['basehead'] ?? '');
  const graph = commitGraph(context.repo);
  const base = match?.[1] === undefined ? undefined : resolveCommit(context.repo, graph, match[1]);
  const head = match?.[2] === undefined ? undefined : resolveCommit(context.repo, graph, match[2]);
  if (base === undefined || head === undefined) throw notFound(context.docs);
  const ahead = aheadOf(graph, base, head);
  const behind = aheadOf(graph, head, base);
  const mergeBase = mergeBaseOf(graph, base, head);
  const paged = context.query.has('page') || context.query.has('per_page');
  const page = paged
    ? pageOf(ahead, context)
    : { items: ahead.slice(-UNPAGED_COMPARE_COMMITS), link: undefined };
  const render = (sha: string) =>
    commitJson(context.urls, context.repo, graph.get(sha) as CommitRecord);
  const name = fullName(context.repo);
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  return {
    status: 200,
    json: {
      url: `${context.urls.api}/repos/${name}/compare/${base}...${head}`,
      html_url: `${context.urls.web}/${name}/compare/${base}...${head}`,
      base_commit: render(base),
      merge_base_commit: mergeBase === undefined ? null : render(mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: page.items.map(render),
      files: [],
    },
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}

export const commitRoutes: readonly RepoRoute[] = [
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    docs: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
    permission: READ_CONTENTS,
    handle: (context) => {
      const name = context.params['commit_sha'] ?? '';
      const sha = resolveCommit(context.repo, commitGraph(context.repo), name);
      if (sha === undefined)
        throw new ApiError(errorReply(422, `No commit found for SHA: ${name}`, context.docs));
      return paginate(associatedPulls(context.repo, sha), context, (pull) =>
        pullJson(context, pull.number),
      );
    },
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/compare/{basehead}',
    docs: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
    permission: READ_CONTENTS,
    handle: compare,
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/git/matching-refs/{ref+}',
    docs: 'https://docs.github.com/rest/git/refs#list-matching-references',
    permission: READ_CONTENTS,
    handle: (context) => {
      const prefix = `refs/${context.params['ref'] ?? ''}`;
      const api = `${context.urls.api}/repos/${fullName(context.repo)}`;
      const matching = [...allRefs(context.repo)].filter(([ref]) => ref.startsWith(prefix));
      return paginate(matching, context, ([ref, sha]) => ({
        ref,
        node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
        url: `${api}/git/${ref}`,
        object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
      }));
    },
  },
];
