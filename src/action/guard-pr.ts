import * as core from '@actions/core';
import { affectedPaths } from '../approval/affected.js';
import { decideApproval, type ApprovalDecision } from '../approval/decide.js';
import { membershipKey, type ApprovalFacts, type Membership } from '../approval/facts.js';
import { parseCodeowners, type Codeowners } from '../codeowners/index.js';
import {
  createClient,
  describeGitHubError,
  statusOf,
  type GitHubClient,
} from '../github/client.js';
import { CodeownersTooLargeError, fetchCodeowners } from '../github/codeowners.js';
import {
  findOwnComment,
  resolveIdentity,
  upsertComment,
  type Identity,
  type OwnComment,
} from '../github/comment.js';
import { listChangedFiles, TooManyFilesError } from '../github/files.js';
import { readLabelState, removeLabel, type LabelState } from '../github/labels.js';
import { renderMarker } from '../github/marker.js';
import { listLatestReviews } from '../github/reviews.js';
import { teamMembership } from '../github/teams.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { UserError } from '../util/errors.js';

type PullRequestContext = Extract<RunContext, { kind: 'pull-request' }>;

export interface GuardOutcome {
  readonly report: Report;
  readonly note: ApprovalNote | undefined;
  readonly approvedBy: readonly string[];
  readonly commentUrl: string;
}

const OWNERS_TOKEN_HINT =
  'the default GITHUB_TOKEN cannot read organization teams; set owners-token to a token with organization Members: read (classic PAT: read:org)';
const OWNERS_TOKEN_SEEN_HINT =
  'the owners-token cannot see this team (404); give it organization Members: read and make sure the team is visible to it';

/** The pull-request path: decide the approval, keep the one comment current, report. */
export async function guardPullRequest(
  report: Report,
  inputs: ActionInputs,
  context: PullRequestContext,
  apiUrl: string,
): Promise<GuardOutcome> {
  if (inputs.githubToken === '') {
    throw new UserError('input github-token is empty; leave it unset to use ${{ github.token }}');
  }
  const log = (message: string) => core.info(message);
  const client = createClient({ token: inputs.githubToken, baseUrl: apiUrl, log });
  const ownersClient =
    inputs.ownersToken === ''
      ? client
      : createClient({ token: inputs.ownersToken, baseUrl: apiUrl, log });
  const identity = await resolveIdentity(client, inputs.githubToken);
  const existing = await findOwnComment(client, context.pr, inputs.commentKey, identity);

  let decided: {
    report: Report;
    decision: ApprovalDecision | undefined;
    note: ApprovalNote | undefined;
  };
  if (report.verdict === 'pass') {
    decided = { report, decision: undefined, note: undefined };
  } else {
    const decision = await decide(report, inputs, context, existing, client, ownersClient);
    decided = {
      report: { ...report, verdict: decision.approved ? 'approved' : 'blocked' },
      decision,
      note: decision.note,
    };
    if (decision.staleLabel && inputs.dismissStaleApproval)
      await dismissLabel(client, context, inputs.approvalLabel);
  }

  const commentUrl = await keepCommentCurrent(client, context, inputs, existing, decided, identity);
  return {
    report: decided.report,
    note: decided.note,
    approvedBy: decided.decision?.approvedBy ?? [],
    commentUrl,
  };
}

async function decide(
  report: Report,
  inputs: ActionInputs,
  context: PullRequestContext,
  existing: OwnComment | undefined,
  client: GitHubClient,
  ownersClient: GitHubClient,
): Promise<ApprovalDecision> {
  const riskyDirs = report.findings
    .filter((finding) => finding.requiresApproval)
    .map((finding) => finding.moduleDir);
  let codeowners: Codeowners | undefined;
  let files: string[];
  try {
    files = await listChangedFiles(client, context.pr, context.changedFiles);
    const file = await fetchCodeowners(client, context.pr, context.baseSha);
    if (file === undefined)
      return unavailable(
        report,
        'The repository has no CODEOWNERS file on the base branch, so nobody can approve.',
        [
          'add `.github/CODEOWNERS` to the base branch naming the owners of the Terraform directories (for example `/infra/ @org/platform`)',
        ],
      );
    codeowners = parseCodeowners(file.text);
  } catch (error) {
    if (error instanceof TooManyFilesError || error instanceof CodeownersTooLargeError) {
      return unavailable(report, 'Ownership cannot be checked, so no approval can count.', [
        error.message,
      ]);
    }
    throw error;
  }

  const affected = affectedPaths(riskyDirs, files, codeowners);
  const labelState: LabelState =
    inputs.approval === 'review'
      ? { present: false, labeling: undefined }
      : await readLabelState(client, context.pr, inputs.approvalLabel);
  const reviews = inputs.approval === 'label' ? [] : await listLatestReviews(client, context.pr);

  // Resolve only the team memberships this decision needs: the labeler's and approving reviewers'.
  const candidates = new Set<string>();
  if (labelState.labeling !== undefined) candidates.add(labelState.labeling.actor.login);
  for (const review of reviews)
    if (review.state === 'APPROVED' && review.commitId === context.headSha)
      candidates.add(review.user.login);
  const memberships = new Map<string, Membership>();
  for (const login of candidates) {
    for (const path of affected) {
      if (
        path.owners.some(
          (owner) => owner.kind === 'user' && owner.login.toLowerCase() === login.toLowerCase(),
        )
      )
        continue;
      for (const owner of path.owners) {
        if (owner.kind !== 'team') continue;
        const key = membershipKey(login, owner.org, owner.slug);
        if (!memberships.has(key))
          memberships.set(key, await teamMembership(ownersClient, owner.org, owner.slug, login));
      }
    }
  }

  const facts: ApprovalFacts = {
    mode: inputs.approval,
    label: inputs.approvalLabel,
    author: context.author,
    headSha: context.headSha,
    allowSelfApproval: inputs.allowSelfApproval,
    fingerprint: report.fingerprint,
    record: existing?.record,
    triggeredByLabel: context.labeledWith?.toLowerCase() === inputs.approvalLabel.toLowerCase(),
    labelPresent: labelState.present,
    labeling: labelState.labeling,
    reviews,
    affected,
    memberships,
    membershipHint: inputs.ownersToken === '' ? OWNERS_TOKEN_HINT : OWNERS_TOKEN_SEEN_HINT,
  };
  return decideApproval(facts);
}

function unavailable(report: Report, summary: string, details: string[]): ApprovalDecision {
  return {
    approved: false,
    approvedBy: [],
    staleLabel: false,
    record: { fingerprint: report.fingerprint },
    note: {
      status: 'unavailable',
      summary,
      details,
      approvers: [],
      howTo: 'Fix the problem above, then re-run this job.',
    },
  };
}

async function dismissLabel(
  client: GitHubClient,
  context: PullRequestContext,
  label: string,
): Promise<void> {
  try {
    await removeLabel(client, context.pr, label);
    core.info(
      `Removed the stale "${label}" label: the risky changes differ from the approved ones.`,
    );
  } catch (error) {
    core.warning(describeGitHubError('remove the label', error));
  }
}

/**
 * Exactly one comment per PR and key. `on-risk` posts only when approval is required, and
 * then keeps it current (a "resolved" note once the risk is gone). A read-only token (fork
 * PRs under `pull_request`) cannot write: say so and carry on, the verdict stands.
 */
async function keepCommentCurrent(
  client: GitHubClient,
  context: PullRequestContext,
  inputs: ActionInputs,
  existing: OwnComment | undefined,
  decided: {
    report: Report;
    decision: ApprovalDecision | undefined;
    note: ApprovalNote | undefined;
  },
  identity: Identity,
): Promise<string> {
  const risky = decided.report.verdict !== 'pass';
  if (inputs.comment === 'never') return existing?.url ?? '';
  if (inputs.comment === 'on-risk' && !risky && existing === undefined) return '';

  const marker = renderMarker(
    inputs.commentKey,
    decided.decision?.record ?? { fingerprint: decided.report.fingerprint },
  );
  const resolved = !risky && existing !== undefined && inputs.comment === 'on-risk';
  const body = renderMarkdown(decided.report, {
    marker,
    ...(decided.note === undefined ? {} : { approval: decided.note }),
    ...(resolved ? { title: 'destroy-guard (resolved)' } : {}),
  });
  try {
    const result = await upsertComment(client, context.pr, existing, body, {
      key: inputs.commentKey,
      identity,
    });
    core.info(`Comment ${result.write}: ${result.url}`);
    return result.url;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401) {
      core.warning(
        `destroy-guard cannot comment on this pull request: the token is read-only (a fork's pull_request run, or a missing \`pull-requests: write\` permission). The verdict and the job summary still stand; use pull_request_target to comment on fork PRs.`,
      );
      return existing?.url ?? '';
    }
    throw new Error(describeGitHubError('write the comment', error), { cause: error });
  }
}
