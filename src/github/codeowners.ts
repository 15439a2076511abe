import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES } from '../codeowners/index.js';
import { call, statusOf, type GitHubClient } from './client.js';
import type { Repo } from './repo.js';

export interface CodeownersFile {
  readonly path: string;
  readonly text: string;
}

/** CODEOWNERS exists but cannot be used: no owner can be trusted, and no other file is read. */
export class CodeownersUnreadableError extends Error {
  override readonly name = 'CodeownersUnreadableError';
}

/**
 * CODEOWNERS as GitHub applies it to a pull request: from the live BASE commit, first of
 * `.github/`, root, `docs/` (docs/github.md). Read with the raw media type, which serves
 * files over 1 MB that the JSON form leaves empty. Only a 404 moves on to the next
 * location: a file answered in any other shape is an error, never a reason to read a
 * weaker file further down the list.
 */
export async function fetchCodeowners(
  client: GitHubClient,
  repo: Repo,
  ref: string,
): Promise<CodeownersFile | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const data = await call('read CODEOWNERS', async () => {
      try {
        const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: repo.owner,
          repo: repo.repo,
          path,
          ref,
          headers: { accept: 'application/vnd.github.raw+json' },
        });
        return { found: true as const, data: response.data as unknown };
      } catch (error) {
        if (statusOf(error) === 404) return { found: false as const };
        throw error;
      }
    });
    if (!data.found) continue;
    if (typeof data.data !== 'string') {
      throw new CodeownersUnreadableError(
        `${path} at the base commit could not be read as text (GitHub answered ${Array.isArray(data.data) ? 'a directory listing' : typeof data.data}); no code owner can be trusted until it is a plain text file`,
      );
    }
    if (Buffer.byteLength(data.data) >= CODEOWNERS_MAX_BYTES) {
      throw new CodeownersUnreadableError(
        `${path} at the base commit is 3 MB or more, which GitHub does not load: no code owner can be trusted; shrink it`,
      );
    }
    if (data.data.includes('\u0000')) {
      throw new CodeownersUnreadableError(
        `${path} at the base commit is not text (it contains NUL bytes): no code owner can be trusted; make it a plain text file`,
      );
    }
    return { path, text: data.data };
  }
  return undefined;
}
