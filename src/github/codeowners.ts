import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES } from '../codeowners/index.js';
import { call, statusOf, type GitHubClient } from './client.js';
import type { Repo } from './repo.js';

export interface CodeownersFile {
  readonly path: string;
  readonly text: string;
}

export class CodeownersTooLargeError extends Error {
  override readonly name = 'CodeownersTooLargeError';
}

/**
 * CODEOWNERS as GitHub applies it to a pull request: from the BASE commit, first of
 * `.github/`, root, `docs/` (GITHUB.md). Read with the raw media type, which serves files
 * over 1 MB that the JSON form leaves empty. The PR's own edits to CODEOWNERS never count.
 */
export async function fetchCodeowners(
  client: GitHubClient,
  repo: Repo,
  ref: string,
): Promise<CodeownersFile | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await call('read CODEOWNERS', async () => {
      try {
        const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: repo.owner,
          repo: repo.repo,
          path,
          ref,
          headers: { accept: 'application/vnd.github.raw+json' },
        });
        return typeof response.data === 'string' ? response.data : undefined;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    });
    if (text === undefined) continue;
    if (Buffer.byteLength(text) >= CODEOWNERS_MAX_BYTES) {
      throw new CodeownersTooLargeError(
        `${path} at the base commit is 3 MB or more, which GitHub does not load: no code owner can be trusted; shrink it`,
      );
    }
    return { path, text };
  }
  return undefined;
}
