import * as z from 'zod';
import { call, statusOf, type GitHubClient } from './client.js';
import type { Repo } from './repo.js';

const entry = z.object({ name: z.string(), type: z.string() });

/** The contents API lists at most 1,000 entries of a directory (docs/github.md). */
export const MAX_DIRECTORY_ENTRIES = 1000;

export class DirectoryTooLargeError extends Error {
  override readonly name = 'DirectoryTooLargeError';
}

/**
 * Names of the files directly inside `dir` at `ref` (`GET /contents/{dir}?ref=`): a module
 * directory's Terraform files at the base commit decide who approves (docs/approval.md,
 * rule 2). A directory that does not exist there (404), or a path that is a file, has none.
 */
export async function listDirectory(
  client: GitHubClient,
  repo: Repo,
  dir: string,
  ref: string,
): Promise<string[]> {
  const data = await call('read the module directory', async () => {
    try {
      const response =
        dir === '.' || dir === ''
          ? await client.request('GET /repos/{owner}/{repo}/contents', {
              owner: repo.owner,
              repo: repo.repo,
              ref,
            })
          : await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
              owner: repo.owner,
              repo: repo.repo,
              path: dir,
              ref,
            });
      return response.data as unknown;
    } catch (error) {
      if (statusOf(error) === 404) return [];
      throw error;
    }
  });
  if (!Array.isArray(data)) return [];
  const entries = z.array(entry).safeParse(data);
  if (!entries.success)
    throw new Error(
      `could not read the module directory ${dir}: GitHub answered an unexpected shape`,
    );
  if (entries.data.length >= MAX_DIRECTORY_ENTRIES) {
    throw new DirectoryTooLargeError(
      `the module directory ${dir} holds ${MAX_DIRECTORY_ENTRIES} or more entries, more than GitHub lists, so its Terraform files cannot all be checked: split it`,
    );
  }
  return entries.data.filter((item) => item.type === 'file').map((item) => item.name);
}
