/**
 * Teams and team membership. Reading them needs the organisation Members permission (the
 * default GITHUB_TOKEN has none); without it, or when the team is secret and the token's
 * account cannot see it, GitHub answers 404 — the same as "no such member" (GITHUB.md).
 */
import type { Identity } from '../auth.js';
import { notFound, ok } from '../http.js';
import type { PlainRoute, RouteContext } from '../router.js';
import { team as teamJson } from '../serialize.js';
import { key, type OrgRecord, type TeamRecord } from '../state.js';

function canSee(identity: Identity, org: OrgRecord, team: TeamRecord): boolean {
  if (identity.permissions.members !== 'read') return false;
  if (team.privacy === 'closed' || identity.type === 'Bot') return true;
  const login = key(identity.login);
  return team.members.has(login) || org.owners.has(login);
}

function visibleTeam(context: RouteContext): { org: OrgRecord; team: TeamRecord } {
  const org = context.state.orgs.get(key(context.params['org'] ?? ''));
  const team = org?.teams.get(key(context.params['team_slug'] ?? ''));
  if (org === undefined || team === undefined || !canSee(context.identity, org, team))
    throw notFound(context.docs);
  return { org, team };
}

export const orgRoutes: readonly PlainRoute[] = [
  {
    kind: 'plain',
    method: 'GET',
    pattern: '/orgs/{org}/teams/{team_slug}',
    docs: 'https://docs.github.com/rest/teams/teams#get-a-team-by-name',
    handle: (context) => {
      const { org, team } = visibleTeam(context);
      return ok(teamJson(context.urls, org.account.login, team));
    },
  },
  {
    kind: 'plain',
    method: 'GET',
    pattern: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    docs: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
    handle: (context) => {
      const { team } = visibleTeam(context);
      const member = team.members.get(key(context.params['username'] ?? ''));
      if (member === undefined) throw notFound(context.docs);
      return ok({
        url: `${context.urls.api}/teams/${team.id}/memberships/${encodeURIComponent(member.login)}`,
        role: 'member',
        state: member.state,
      });
    },
  },
];
