import type { Review } from '../approval/facts.js';
import { call, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

/** Each reviewer's latest decisive review: a later review supersedes an earlier one, as on GitHub. */
export async function listLatestReviews(
  client: GitHubClient,
  pr: PullRequestRef,
): Promise<Review[]> {
  const reviews = await call('read reviews', () =>
    client.paginate(client.rest.pulls.listReviews, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    }),
  );
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (review.user === null || review.user === undefined) continue;
    // A plain comment does not change a reviewer's standing approval or rejection.
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user.login.toLowerCase(), {
      user: { login: review.user.login, type: review.user.type },
      state: review.state,
      commitId: review.commit_id ?? '',
    });
  }
  return [...latest.values()];
}
