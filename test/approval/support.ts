import { affectedPaths, type ChangedFile } from '../../src/approval/affected.js';
import type { ApprovalFacts, Labeling, Permission } from '../../src/approval/facts.js';
import type { RecordTrust } from '../../src/approval/trust.js';
import { parseCodeowners } from '../../src/codeowners/index.js';

export const FP = 'a'.repeat(32);
export const OTHER_FP = 'b'.repeat(32);
export const SET = ['1111111111111111', '2222222222222222'];

export const CODEOWNERS = parseCodeowners(
  [
    '* @root-admin',
    '/infra/db/ @alice @acme/dba',
    '/infra/net/ @bob',
    '/infra/scratch/',
    '*.md @carol',
    '/infra/mail/ ops@example.com',
  ].join('\n'),
);

export function labeling(login: string, fields: Partial<Labeling> = {}): Labeling {
  return { eventId: 7, actor: { login, type: 'User' }, at: '2026-11-20T10:00:00Z', ...fields };
}

export function trusted(
  fields: Partial<Extract<RecordTrust, { trusted: true }>['record']> = {},
  shownAt = '2026-11-20T09:00:00Z',
): RecordTrust {
  return { trusted: true, record: { fingerprint: FP, set: SET, ...fields }, shownAt };
}

/** Module directories at base: infra/db has main.tf, infra/net vpc.tf, infra/scratch x.tf. */
export const LISTINGS = new Map([
  ['infra/db', { atBase: ['main.tf', 'README.md'] }],
  ['infra/net', { atBase: ['vpc.tf'] }],
  ['infra/scratch', { atBase: ['x.tf'] }],
  ['infra/mail', { atBase: ['mail.tf'] }],
  ['docs', { atBase: ['index.md'] }],
]);

export function affected(dirs: readonly string[], changed: readonly ChangedFile[] = []) {
  const { paths, empty } = affectedPaths(dirs, LISTINGS, changed, CODEOWNERS);
  return { affected: paths, emptyModules: empty };
}

const WRITERS: readonly string[] = ['alice', 'bob', 'carol', 'dave', 'root-admin'];

export function facts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    mode: 'label',
    label: 'destroy-approved',
    author: { login: 'erin', type: 'User' },
    headSha: 'head1',
    allowSelfApproval: false,
    fingerprint: FP,
    riskySet: SET,
    record: trusted(),
    latestPushAt: undefined,
    labelPresent: true,
    labeling: labeling('alice'),
    reviews: [],
    ...affected(['infra/db']),
    contributors: { logins: ['erin'], complete: true },
    permissions: new Map<string, Permission>([
      ...WRITERS.map((login): [string, Permission] => [login, 'write']),
      ['rita', 'read'],
    ]),
    memberships: new Map(),
    membershipHint: 'set owners-token',
    ...overrides,
  };
}
