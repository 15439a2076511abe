/** Pull requests, their files and reviews. */
import { ok } from '../http.js';
import { paginate } from '../pagination.js';
import { pullOf, type RepoContext, type RepoRoute } from '../router.js';
import { file, pull, review, user } from '../serialize.js';
import { labelDefinition } from '../state.js';

/** `GET /pulls/{n}/files` lists at most 3,000 files; `changed_files` keeps the real count (GITHUB.md). */
export const MAX_LISTED_FILES = 3000;

const READ_PULLS = [{ scope: 'pull_requests', level: 'read' }] as const;

export function pullJson(
  context: RepoContext,
  number: number,
): Record<string, unknown> | undefined {
  const record = context.repo.pulls.get(number);
  if (record === undefined) return undefined;
  const labels = record.labels.map((name) => labelDefinition(context.state, context.repo, name));
  return pull(context.urls, context.repo, record, labels);
}

/** `GET /pulls/{n}/commits` lists at most 250 commits (GITHUB.md). */
export const MAX_LISTED_COMMITS = 250;

export const pullRoutes: readonly RepoRoute[] = [
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    docs: 'https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request',
    permission: READ_PULLS,
    handle: (context) => {
      const record = pullOf(context);
      return paginate(record.commits.slice(0, MAX_LISTED_COMMITS), context, (entry) => ({
        sha: entry.sha,
        node_id: `C_${entry.sha.slice(0, 12)}`,
        commit: {
          author: {
            name: entry.author?.login ?? 'someone',
            email: 'someone@example.com',
            date: entry.date,
          },
          committer: {
            name: entry.committer?.login ?? 'someone',
            email: 'someone@example.com',
            date: entry.date,
          },
          message: entry.message,
        },
        author: entry.author === null ? null : user(context.urls, entry.author),
        committer: entry.committer === null ? null : user(context.urls, entry.committer),
        parents: entry.parents.map((sha) => ({ sha })),
      }));
    },
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/{pull_number}',
    docs: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
    permission: READ_PULLS,
    handle: (context) => ok(pullJson(context, pullOf(context).number)),
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    docs: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
    permission: READ_PULLS,
    handle: (context) => {
      const record = pullOf(context);
      return paginate(record.files.slice(0, MAX_LISTED_FILES), context, (entry) =>
        file(context.urls, context.repo, record, entry),
      );
    },
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    docs: 'https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request',
    permission: READ_PULLS,
    handle: (context) => {
      const record = pullOf(context);
      // Pending reviews are visible only to their author; the API never lists others' drafts.
      const visible = record.reviews.filter(
        (entry) =>
          entry.state !== 'PENDING' ||
          entry.user.login.toLowerCase() === context.identity.login.toLowerCase(),
      );
      return paginate(visible, context, (entry) =>
        review(context.urls, context.repo, record, entry),
      );
    },
  },
];
