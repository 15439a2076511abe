/** Collaborator permissions and the repository activity log (GitHub's record of pushes). */
import { notFound, ok } from '../http.js';
import { paginate } from '../pagination.js';
import type { RepoRoute } from '../router.js';
import { user } from '../serialize.js';
import { key, type RepoRole } from '../state.js';

const METADATA = [
  { scope: 'contents', level: 'read' },
  { scope: 'issues', level: 'read' },
  { scope: 'pull_requests', level: 'read' },
] as const;

/** `permission` is the access level a role gives: maintain writes, triage reads. */
const PERMISSION_OF: Readonly<Record<RepoRole, string>> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

export const repoRoutes: readonly RepoRoute[] = [
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    docs: 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user',
    permission: METADATA,
    handle: (context) => {
      const login = context.params['username'] ?? '';
      const person = context.state.users.get(key(login));
      if (person === undefined) throw notFound(context.docs);
      const role = context.repo.collaborators.get(key(login));
      const permission =
        role === undefined ? (context.repo.private ? 'none' : 'read') : PERMISSION_OF[role];
      return ok({
        permission,
        role_name: role ?? permission,
        user: {
          ...user(context.urls, person),
          permissions: {
            admin: permission === 'admin',
            push: permission !== 'read' && permission !== 'none',
            pull: permission !== 'none',
          },
        },
      });
    },
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/activity',
    docs: 'https://docs.github.com/rest/repos/repos#list-repository-activities',
    permission: METADATA,
    handle: (context) => {
      const ref = context.query.get('ref');
      const type = context.query.get('activity_type');
      const wanted = (entryRef: string) =>
        ref === null || entryRef === ref || entryRef === `refs/heads/${ref}`;
      const entries = context.repo.activity
        .filter((entry) => wanted(entry.ref) && (type === null || entry.activityType === type))
        .sort((a, b) => (context.query.get('direction') === 'asc' ? a.id - b.id : b.id - a.id));
      return paginate(entries, context, (entry) => ({
        id: entry.id,
        node_id: `RA_${entry.id}`,
        before: entry.before,
        after: entry.after,
        ref: entry.ref,
        timestamp: entry.timestamp,
        activity_type: entry.activityType,
        actor: user(context.urls, entry.actor),
      }));
    },
  },
];
