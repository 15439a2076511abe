import { call, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

/** `GET /pulls/{n}/files` lists at most 3,000 files (GITHUB.md): beyond that we cannot see all. */
export const MAX_PULL_FILES = 3000;

export class TooManyFilesError extends Error {
  override readonly name = 'TooManyFilesError';
}

/** Changed paths, renamed files under both names (ownership of either side matters). */
export async function listChangedFiles(
  client: GitHubClient,
  pr: PullRequestRef,
  changedFiles: number | undefined,
): Promise<string[]> {
  if (changedFiles !== undefined && changedFiles > MAX_PULL_FILES) throw tooMany(changedFiles);
  const files = await call('list changed files', () =>
    client.paginate(client.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    }),
  );
  if (files.length >= MAX_PULL_FILES) throw tooMany(files.length, 'at least ');
  const paths = new Set<string>();
  for (const file of files) {
    paths.add(file.filename);
    if (file.previous_filename !== undefined) paths.add(file.previous_filename);
  }
  return [...paths].sort();
}

function tooMany(count: number, qualifier = ''): TooManyFilesError {
  return new TooManyFilesError(
    `the pull request changes ${qualifier}${count} files; GitHub lists at most ${MAX_PULL_FILES}, so ownership of the rest cannot be checked: split the pull request`,
  );
}
