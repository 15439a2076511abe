import type { ChangedFile } from '../approval/affected.js';
import { call, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

/** `GET /pulls/{n}/files` lists at most 3,000 files (docs/github.md): beyond that we cannot see all. */
export const MAX_PULL_FILES = 3000;

export class TooManyFilesError extends Error {
  override readonly name = 'TooManyFilesError';
}

/** The files the PR adds, changes or removes; a rename also lists its old name as removed. */
export async function listChangedFiles(
  client: GitHubClient,
  pr: PullRequestRef,
  changedFiles: number | undefined,
): Promise<ChangedFile[]> {
  // The payload's count is exact: past the cap, do not list 30 pages to learn it.
  if (changedFiles !== undefined && changedFiles > MAX_PULL_FILES) throw tooMany(changedFiles, '');
  const files = await call('list changed files', () =>
    client.paginate(client.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    }),
  );
  if (files.length >= MAX_PULL_FILES) throw tooMany(files.length, 'at least ');
  const changed: ChangedFile[] = [];
  for (const file of files) {
    changed.push({ filename: file.filename, status: file.status });
    if (file.previous_filename !== undefined)
      changed.push({ filename: file.previous_filename, status: 'removed' });
  }
  return changed;
}

function tooMany(count: number, qualifier: string): TooManyFilesError {
  return new TooManyFilesError(
    `the pull request changes ${qualifier}${count} files; GitHub lists at most ${MAX_PULL_FILES}, so ownership of the rest cannot be checked: split the pull request`,
  );
}
