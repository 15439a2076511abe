import * as core from '@actions/core';
import { withSince } from '../approval/binding.js';
import type { ApprovalDecision } from '../approval/decide.js';
import type { ApprovalNote } from '../approval/note.js';
import { renderRecord, type ApprovalRecord, type RecordScope } from '../approval/record.js';
import { findOwnComment, type OwnComment, type RecordTrust } from '../approval/trust.js';
import { riskySet } from '../assess/identity.js';
import type { Report } from '../assess/report.js';
import { describeGitHubError, statusOf } from '../github/client.js';
import { upsertComment } from '../github/comment.js';
import { postingIdentity } from '../github/identity.js';
import { removeLabel } from '../github/labels.js';
import { readPullRequest } from '../github/pull-request.js';
import { renderMarkdown } from '../report/markdown.js';
import type { RunContext } from './context.js';
import { decide, type Clients } from './gather.js';
import type { ActionInputs } from './inputs.js';

type PullRequestContext = Extract<RunContext, { kind: 'pull-request' }>;

export interface GuardOutcome {
  readonly report: Report;
  readonly note: ApprovalNote | undefined;
  readonly approvedBy: readonly string[];
  readonly commentUrl: string;
}

interface Decided {
  readonly report: Report;
  readonly decision: ApprovalDecision | undefined;
}

/** The pull-request path, in order: read the PR, decide, dismiss a stale label, keep the comment. */
export async function guardPullRequest(
  report: Report,
  inputs: ActionInputs,
  context: PullRequestContext,
  clients: Clients,
): Promise<GuardOutcome> {
  const client = clients.client;
  const live = await readPullRequest(client, context.pr);
  const identity = postingIdentity(live.viewer, inputs.githubToken);
  const scope: RecordScope = {
    repo: `${context.pr.owner}/${context.pr.repo}`,
    number: context.pr.number,
    key: inputs.commentKey,
  };
  const secret = inputs.recordKey === '' ? undefined : inputs.recordKey;
  const own =
    inputs.comment === 'never' ? undefined : findOwnComment(live.comments, identity, scope, secret);
  const trust: RecordTrust = own?.trust ?? {
    trusted: false,
    why:
      inputs.comment === 'never'
        ? 'there is no comment recording what was shown (comment: never)'
        : 'there is no comment by this action recording what was shown',
  };
  if (own !== undefined && !own.trust.trusted) core.warning(`destroy-guard: ${own.trust.why}.`);

  let decided: Decided = { report, decision: undefined };
  if (report.verdict !== 'pass') {
    const decision = await decide(report, inputs, context, live, trust, clients);
    decided = {
      report: { ...report, verdict: decision.approved ? 'approved' : 'blocked' },
      decision,
    };
    if (decision.staleLabel && inputs.dismissStaleApproval)
      await dismissLabel(clients, context, inputs.approvalLabel);
  }
  const commentUrl = await keepCommentCurrent(clients, context, inputs, decided, {
    own,
    trust,
    identity,
    scope,
    secret,
  });
  return {
    report: decided.report,
    note: decided.decision?.note,
    approvedBy: decided.decision?.approvedBy ?? [],
    commentUrl,
  };
}

async function dismissLabel(
  clients: Clients,
  context: PullRequestContext,
  label: string,
): Promise<void> {
  try {
    await removeLabel(clients.client, context.pr, label);
    core.info(`Removed the stale "${label}" label: it does not approve the current risky changes.`);
  } catch (error) {
    core.warning(describeGitHubError('remove the label', error));
  }
}

interface CommentState {
  readonly own: OwnComment | undefined;
  readonly trust: RecordTrust;
  readonly identity: string;
  readonly scope: RecordScope;
  readonly secret: string | undefined;
}

/**
 * Exactly one comment per PR and key. `on-risk` posts only when approval is required, and
 * then keeps it current (a "resolved" note once the risk is gone). A read-only token (fork
 * PRs under `pull_request`) cannot write: say so and carry on, the verdict stands.
 */
async function keepCommentCurrent(
  clients: Clients,
  context: PullRequestContext,
  inputs: ActionInputs,
  decided: Decided,
  state: CommentState,
): Promise<string> {
  const risky = decided.report.verdict !== 'pass';
  const existing = state.own?.comment;
  if (inputs.comment === 'never') return '';
  if (inputs.comment === 'on-risk' && !risky && existing === undefined) return '';

  const record: ApprovalRecord = decided.decision?.record ?? {
    fingerprint: decided.report.fingerprint,
    set: riskySet(decided.report.findings),
  };
  const resolved = !risky && existing !== undefined && inputs.comment === 'on-risk';
  const render = (written: ApprovalRecord) =>
    renderMarkdown(decided.report, {
      marker: renderRecord(written, state.scope, state.secret),
      ...(decided.decision === undefined ? {} : { approval: decided.decision.note }),
      ...(resolved ? { title: 'destroy-guard (resolved)' } : {}),
    });
  let body = render(record);
  // A rewrite with the same risky set pins when the set was first shown (rule 4).
  if (existing === undefined || existing.body !== body || !state.trust.trusted)
    body = render(withSince(record, { record: state.trust }));
  try {
    const result = await upsertComment(
      clients.client,
      context.pr,
      {
        existing,
        replace: existing !== undefined && !state.trust.trusted,
        identity: state.identity,
        scope: state.scope,
      },
      body,
    );
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
