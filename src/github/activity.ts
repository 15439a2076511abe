import * as z from 'zod';
import { call, type GitHubClient } from './client.js';
import type { Repo } from './repo.js';

/** Every activity that moves a branch: a force push is its own type, not `push`. */
const PUSHES = new Set(['push', 'force_push', 'branch_creation']);

const activity = z.array(
  z.object({ after: z.string(), timestamp: z.string(), activity_type: z.string() }),
);

/**
 * When GitHub recorded the latest push to `branch` (the repository activity API; a fork's
 * pushes are recorded in the fork). Commit dates are set by whoever commits and are never
 * used (docs/github.md). Undefined when GitHub has no such record.
 */
export async function latestPushAt(
  client: GitHubClient,
  repo: Repo,
  branch: string,
  headSha: string,
): Promise<string | undefined> {
  const { data } = await call('read push activity', () =>
    client.request('GET /repos/{owner}/{repo}/activity', {
      owner: repo.owner,
      repo: repo.repo,
      ref: `refs/heads/${branch}`,
      direction: 'desc',
      per_page: 100,
    }),
  );
  const parsed = activity.safeParse(data);
  if (!parsed.success) return undefined;
  const pushes = parsed.data.filter((entry) => PUSHES.has(entry.activity_type));
  // The newest push must be the one that made the head: else GitHub's record lags behind.
  const latest = pushes.sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp))[0];
  return latest !== undefined && latest.after === headSha ? latest.timestamp : undefined;
}
