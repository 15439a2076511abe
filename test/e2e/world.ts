import {
  actionsToken,
  createManualClock,
  startFakeGitHub,
  type FakeGitHub,
  type ManualClock,
} from '../support/fake-github/index.js';

export const REPO = 'acme/infra';
export const PR = 7;
export const BASE = 'b'.repeat(40);
export const HEAD = 'a'.repeat(40);
export const LABEL = 'destroy-approved';

/** Tokens as GitHub hands them out: the job's installation token, a read-only one, an owners PAT. */
export const TOKENS = {
  job: 'ghs_jobtoken',
  readOnly: 'ghs_readonlytoken',
  owners: 'ghp_ownerstoken',
} as const;

/**
 * The repository every scenario starts from: PR #7 by `dev` changes `infra/db/main.tf`;
 * CODEOWNERS on the base commit gives `/infra/db/` to @alice and @acme/dba (bob is a member,
 * erin has a pending invitation), and the head commit's CODEOWNERS would give it to @dev.
 */
export async function startWorld(): Promise<{ fake: FakeGitHub; clock: ManualClock }> {
  const clock = createManualClock('2026-11-24T10:00:00Z');
  const fake = await startFakeGitHub({
    tokens: {
      [TOKENS.job]: actionsToken({ issues: 'write', pull_requests: 'write', contents: 'read' }),
      [TOKENS.readOnly]: actionsToken({ issues: 'read', pull_requests: 'read', contents: 'read' }),
      [TOKENS.owners]: { login: 'org-reader', type: 'User', permissions: { members: 'read' } },
    },
    clock: clock.now,
    setup: (f) => {
      f.addUser('renovate[bot]', 'Bot');
      f.addPull(REPO, {
        number: PR,
        author: 'dev',
        head: { sha: HEAD },
        base: { sha: BASE },
        files: ['infra/db/main.tf'],
      });
      f.setContent(
        REPO,
        BASE,
        '.github/CODEOWNERS',
        '* @platform-lead\n/infra/db/ @alice @acme/dba\n',
      );
      f.setContent(REPO, HEAD, '.github/CODEOWNERS', '* @platform-lead\n/infra/db/ @dev\n');
      f.setContent(REPO, BASE, 'infra/db/main.tf', 'resource "aws_db_instance" "orders" {}\n');
      f.setContent(REPO, BASE, 'infra/db/README.md', '# orders database\n');
      // Everyone who acts has write access, the attacker included; rita can only read.
      for (const login of ['alice', 'bob', 'carol', 'dev', 'erin', 'mallory', 'platform-lead'])
        f.setCollaborator(REPO, login, 'write');
      f.setCollaborator(REPO, 'rita', 'read');
      f.addTeam('acme', 'dba', { bob: 'active', erin: 'pending' });
    },
  });
  return { fake, clock };
}

export const RISKY_PLAN = 'infra/db=examples/incident/plan.json';
export const OTHER_RISKY_PLAN = 'infra/db=examples/replace-database/plan.json';
export const HARMLESS_PLAN = 'infra/db=examples/harmless/plan.json';

export function inputs(plan: string, extra: Record<string, string> = {}): Record<string, string> {
  return { plan, 'github-token': TOKENS.job, ...extra };
}

export function pull(fake: FakeGitHub) {
  const found = fake.state.repos.get(REPO)?.pulls.get(PR);
  if (found === undefined) throw new Error('the scenario pull request is missing');
  return found;
}

export function ownComments(fake: FakeGitHub) {
  return pull(fake).comments.filter((comment) => comment.body.startsWith('<!-- destroy-guard'));
}

const WRITE_METHODS = /^(POST|PATCH|PUT|DELETE)$/u;

/** A request that changes GitHub: a GraphQL POST that only queries is a read. */
export function isWrite(request: { method: string; path: string; body: unknown }): boolean {
  if (!WRITE_METHODS.test(request.method)) return false;
  if (request.path !== '/graphql') return true;
  const query = (request.body as { query?: unknown } | undefined)?.query;
  return typeof query !== 'string' || /^\s*mutation\b/u.test(query);
}
