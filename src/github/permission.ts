import type { Permission } from '../approval/facts.js';
import { call, statusOf, type GitHubClient } from './client.js';
import type { Repo } from './repo.js';

const KNOWN = new Set<string>(['admin', 'write', 'read', 'none']);

/**
 * `GET /collaborators/{user}/permission`: GitHub ignores code owners without write access
 * (docs/github.md). `maintain` answers `write`, `triage` answers `read`. A 404 (not a
 * collaborator) is `none`.
 */
export async function readPermission(
  client: GitHubClient,
  repo: Repo,
  login: string,
): Promise<Permission> {
  return call('read collaborator permission', async () => {
    try {
      const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
        owner: repo.owner,
        repo: repo.repo,
        username: login,
      });
      return KNOWN.has(data.permission) ? (data.permission as Permission) : 'none';
    } catch (error) {
      if (statusOf(error) === 404) return 'none';
      throw error;
    }
  });
}
