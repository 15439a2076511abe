import { affectedPaths, riskyModuleDirs, type ModuleFiles } from '../approval/affected.js';
import { approverCandidates, teamsToCheck } from '../approval/approver.js';
import { contributorsOf } from '../approval/contributors.js';
import { decideApproval, unavailableDecision, type ApprovalDecision } from '../approval/decide.js';
import {
  membershipKey,
  type ApprovalFacts,
  type Labeling,
  type Membership,
  type Permission,
} from '../approval/facts.js';
import { loginKey } from '../approval/accounts.js';
import { isLabelOn } from '../approval/label.js';
import type { RecordTrust } from '../approval/trust.js';
import type { Report } from '../assess/report.js';
import { riskySet } from '../assess/identity.js';
import { parseCodeowners } from '../codeowners/index.js';
import { latestPushAt } from '../github/activity.js';
import type { GitHubClient } from '../github/client.js';
import { CodeownersUnreadableError, fetchCodeowners } from '../github/codeowners.js';
import { DirectoryTooLargeError, listDirectory } from '../github/contents.js';
import { listChangedFiles, TooManyFilesError } from '../github/files.js';
import { readLabeling } from '../github/labels.js';
import { readPermission } from '../github/permission.js';
import { MAX_PULL_COMMITS, type LivePullRequest } from '../github/pull-request.js';
import type { PullRequestRef } from '../github/repo.js';
import { listLatestReviews } from '../github/reviews.js';
import { teamMembership } from '../github/teams.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

/** Matches no review's commit (commit ids are hex): used when the run's head is not the PR's. */
const STALE_HEAD = 'stale-run';

type PullRequestContext = Extract<RunContext, { kind: 'pull-request' }>;

export interface Clients {
  readonly client: GitHubClient;
  readonly owners: GitHubClient;
}

const OWNERS_TOKEN_HINT =
  'the default GITHUB_TOKEN cannot read organization teams; set owners-token to a token with organization Members: read (classic PAT: read:org)';
const OWNERS_TOKEN_SEEN_HINT =
  'the owners-token cannot see this team (404); give it organization Members: read and make sure the team is visible to it';

/** A problem that stops every approval; the comment says it, the step fails blocked. */
function isOwnershipUnreadable(error: unknown): error is Error {
  return (
    error instanceof TooManyFilesError ||
    error instanceof CodeownersUnreadableError ||
    error instanceof DirectoryTooLargeError
  );
}

/** Rule 1's live facts: the label is on the PR now, and its latest `labeled` event. */
export interface LabelFacts {
  readonly labelPresent: boolean;
  readonly labeling: Labeling | undefined;
}

/** Reads the label's events only when the label is on the pull request (and counts). */
export async function readLabelFacts(
  client: GitHubClient,
  pr: PullRequestRef,
  inputs: ActionInputs,
  live: LivePullRequest,
): Promise<LabelFacts> {
  const labelPresent = inputs.approval !== 'review' && isLabelOn(live.labels, inputs.approvalLabel);
  const labeling = labelPresent ? await readLabeling(client, pr, inputs.approvalLabel) : undefined;
  return { labelPresent, labeling };
}

/**
 * Reads, in order, what the approval rules need (docs/approval.md) and hands it to the pure
 * decision. Only the lookups a rule needs are made: no label, no event read; no approver
 * candidate, no permission read; a trusted record, no push record read.
 */
export async function decide(
  report: Report,
  inputs: ActionInputs,
  context: PullRequestContext,
  live: LivePullRequest,
  trust: RecordTrust,
  clients: Clients,
  label?: LabelFacts,
): Promise<ApprovalDecision> {
  const { client } = clients;
  const pr = context.pr;
  const set = riskySet(report.findings);
  const { labelPresent, labeling } = label ?? (await readLabelFacts(client, pr, inputs, live));
  const lite = { record: trust, fingerprint: report.fingerprint, riskySet: set, labeling };

  let ownership: Pick<ApprovalFacts, 'affected' | 'emptyModules'>;
  try {
    ownership = await readOwnership(client, context, live, report);
  } catch (error) {
    if (isOwnershipUnreadable(error))
      return unavailableDecision(lite, 'Ownership cannot be checked, so no approval can count.', [
        error.message,
      ]);
    throw error;
  }
  const reviews = inputs.approval === 'label' ? [] : await listLatestReviews(client, pr);
  const pushedAt =
    !trust.trusted && labeling !== undefined && live.headRepo !== undefined
      ? await latestPushAt(client, splitRepo(live.headRepo), live.headRef, live.headSha)
      : undefined;
  const partial = {
    mode: inputs.approval,
    label: inputs.approvalLabel,
    author: live.author ?? context.author,
    // A review counts on the commit this run's plan was made for, and only while that commit is
    // still the PR's head: a run whose head has moved on (a re-run of an older event) is stale,
    // so no review counts in it; the run of the newer push decides.
    headSha: live.headSha === context.headSha ? context.headSha : STALE_HEAD,
    allowSelfApproval: inputs.allowSelfApproval,
    ...lite,
    latestPushAt: pushedAt,
    labelPresent,
    reviews,
    ...ownership,
    contributors: contributorsOf(live.commits, live.commitCount, MAX_PULL_COMMITS),
    membershipHint: inputs.ownersToken === '' ? OWNERS_TOKEN_HINT : OWNERS_TOKEN_SEEN_HINT,
  };
  const lookups = await lookUpApprovers(partial, pr, clients);
  return decideApproval({ ...partial, ...lookups });
}

interface Unowned {
  readonly affected: ApprovalFacts['affected'];
  readonly emptyModules: ApprovalFacts['emptyModules'];
}

/** CODEOWNERS and the module directories' Terraform files, both at the PR's live base. */
async function readOwnership(
  client: GitHubClient,
  context: PullRequestContext,
  live: LivePullRequest,
  report: Report,
): Promise<Unowned> {
  const pr = context.pr;
  const file = await fetchCodeowners(client, pr, live.baseSha);
  if (file === undefined) {
    throw new CodeownersUnreadableError(
      'the repository has no CODEOWNERS file at the base commit, so nobody can approve: add `.github/CODEOWNERS` to the base branch naming the owners of the Terraform directories (for example `/infra/ @org/platform`)',
    );
  }
  const codeowners = parseCodeowners(file.text);
  const changed = await listChangedFiles(client, pr, context.changedFiles);
  const dirs = riskyModuleDirs(report.findings);
  const listings = new Map<string, ModuleFiles>();
  for (const dir of dirs)
    listings.set(dir, { atBase: await listDirectory(client, pr, dir, live.baseSha) });
  const { paths, empty } = affectedPaths(dirs, listings, changed, codeowners);
  return { affected: paths, emptyModules: empty };
}

async function lookUpApprovers(
  facts: Omit<ApprovalFacts, 'permissions' | 'memberships'>,
  pr: PullRequestRef,
  clients: Clients,
): Promise<Pick<ApprovalFacts, 'permissions' | 'memberships'>> {
  const permissions = new Map<string, Permission>();
  const memberships = new Map<string, Membership>();
  for (const candidate of approverCandidates(facts)) {
    permissions.set(
      loginKey(candidate.login),
      await readPermission(clients.client, pr, candidate.login),
    );
    for (const team of teamsToCheck(candidate.login, facts.affected)) {
      memberships.set(
        membershipKey(candidate.login, team.org, team.slug),
        await teamMembership(clients.owners, team.org, team.slug, candidate.login),
      );
    }
  }
  return { permissions, memberships };
}

function splitRepo(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}
