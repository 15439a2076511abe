import type { Membership } from '../approval/facts.js';
import { statusOf, type GitHubClient } from './client.js';

/**
 * Active membership only: `pending` (invited, not accepted) is not a member. A 404 means
 * "not a member" OR "this token cannot see the team" — the default GITHUB_TOKEN never can
 * (docs/github.md "REST endpoints and permissions") — so a 404 is settled by asking for the team itself: visible team → not a
 * member; invisible → unknown, and the comment says which permission would resolve it.
 */
export async function teamMembership(
  client: GitHubClient,
  org: string,
  slug: string,
  login: string,
): Promise<Membership> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login,
    });
    return data.state === 'active' ? 'active' : 'not-member';
  } catch (error) {
    if (!isUnreadable(statusOf(error))) throw error;
    if (statusOf(error) !== 404) return 'unknown';
  }
  try {
    await client.rest.teams.getByName({ org, team_slug: slug });
    return 'not-member';
  } catch (error) {
    if (isUnreadable(statusOf(error))) return 'unknown';
    throw error;
  }
}

function isUnreadable(status: number | undefined): boolean {
  return status === 404 || status === 403 || status === 401;
}
