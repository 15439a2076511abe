import * as core from '@actions/core';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { assessPlans } from '../engine/engine.js';
import { paceProgress } from '../engine/progress.js';
import { renderJsonBytes } from '../report/json.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';
import { renderJobSummary } from '../report/summary.js';
import { describeFinding } from '../report/words.js';
import { errorMessage } from '../util/errors.js';
import { apiUrl, reportDirectory, writeJobSummary } from './environment.js';
import type { Finding } from '../assess/finding.js';
import type { RequestCount } from '../github/client.js';
import { createClients } from './clients.js';
import { readRunContext, type RunContext } from './context.js';
import { guardPullRequest } from './guard-pr.js';
import { guardTravel } from './guard-travel.js';
import { readInputs, type ActionInputs } from './inputs.js';

/** GitHub shows at most 10 error annotations per step; the rest are in the summary. */
const MAX_ANNOTATIONS = 10;
/** How often a long read logs how far it has come. */
const PROGRESS_EVERY_MS = 5000;

/** The Action: inputs → engine → GitHub → outputs. The one place errors become a failed step. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readRunContext(env);
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    // A log is read after the fact: a line every few seconds of a long read, nothing for a short one.
    const progress = paceProgress({
      now: () => performance.now(),
      show: (line, final) => {
        if (!final) core.info(line);
      },
      afterMs: PROGRESS_EVERY_MS,
      everyMs: PROGRESS_EVERY_MS,
    });
    const assessed = await assessPlans(inputs.plan, {
      failOn: inputs.failOn,
      statefulTypes: inputs.statefulTypes,
      ignore: inputs.ignore,
      cwd: process.cwd(),
      workspace,
      stdin: process.stdin,
      progress: progress.update,
      // The Action decides who approves from the module directory: never guess it.
      refuseOutside: true,
    });

    const { report, note, approvedBy, approvedIn, commentUrl, uncovered } = await guard(
      assessed,
      inputs,
      context,
      () => apiUrl(env),
    );

    const reportPath = join(reportDirectory(env), `destroy-guard-${inputs.commentKey}.json`);
    writeReport(reportPath, report);
    await writeJobSummary(
      renderJobSummary(report, note === undefined ? {} : { approval: note }),
      env,
    );
    annotate(report, uncovered);

    const requiring = report.findings.filter((finding) => finding.requiresApproval).length;
    core.setOutput('verdict', report.verdict);
    core.setOutput('risk', report.risk);
    core.setOutput('requires-approval', String(requiring));
    core.setOutput('fingerprint', report.fingerprint);
    core.setOutput('approved-by', approvedBy.join(','));
    core.setOutput('approved-in', approvedIn.join(','));
    core.setOutput('report', reportPath);
    core.setOutput('comment-url', commentUrl);

    const headline = `destroy-guard: ${report.verdict} (${requiring} change${requiring === 1 ? '' : 's'} requiring approval, risk ${report.risk})`;
    if (report.verdict !== 'blocked') core.info(headline);
    else if (inputs.enforce)
      core.setFailed(`${headline}${note === undefined ? '' : `: ${note.summary}`}`);
    else core.warning(`${headline}; enforce is false, so the step passes`);
  } catch (error) {
    core.setFailed(`destroy-guard: ${errorMessage(error)}`);
  }
}

interface Guarded {
  readonly report: Report;
  readonly note: ApprovalNote | undefined;
  readonly approvedBy: readonly string[];
  readonly approvedIn: readonly number[];
  readonly commentUrl: string;
  readonly uncovered: ReadonlyMap<Finding, string>;
}

/** The approval path the event has: the pull request's, the one that travels, or none. */
async function guard(
  report: Report,
  inputs: ActionInputs,
  context: RunContext,
  api: () => string,
): Promise<Guarded> {
  const none = {
    note: undefined,
    approvedBy: [],
    approvedIn: [],
    commentUrl: '',
    uncovered: new Map(),
  };
  if (context.kind === 'other') {
    if (report.verdict === 'blocked') {
      core.info(
        `No pull request (${context.event || 'unknown event'}${context.why === undefined ? '' : `: ${context.why}`}): there is no approval path, so findings that require approval fail the step.`,
      );
    }
    return { report, ...none };
  }
  // Nothing requires approval: a push or merge group needs no pull request to pass.
  if (context.kind !== 'pull-request' && report.verdict === 'pass') return { report, ...none };
  const count: RequestCount = { requests: 0, writes: 0 };
  try {
    const clients = createClients(inputs, api(), count);
    if (context.kind === 'pull-request') {
      const outcome = await guardPullRequest(report, inputs, context, clients);
      const approvedIn = outcome.report.verdict === 'approved' ? [context.pr.number] : [];
      return { ...none, ...outcome, approvedIn };
    }
    const outcome = await guardTravel(report, inputs, context, clients);
    return { ...none, ...outcome };
  } finally {
    core.info(
      `GitHub API: ${count.requests} request${count.requests === 1 ? '' : 's'}, ${count.writes} write${count.writes === 1 ? '' : 's'}`,
    );
  }
}

/** Written as it is produced: the report of a plan with 400,000 findings is never one string. */
function writeReport(file: string, report: Report): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of renderJsonBytes(report)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function annotate(report: Report, uncovered: ReadonlyMap<Finding, string>): void {
  const requiring = report.findings.filter((finding) => finding.requiresApproval);
  // At apply time, only the changes no approval covers fail, each saying which PR it is not in;
  // the covered ones are in the job summary.
  const failing =
    uncovered.size > 0 ? requiring.filter((finding) => uncovered.has(finding)) : requiring;
  const annotation = report.verdict === 'blocked' ? core.error : core.warning;
  for (const finding of failing.slice(0, MAX_ANNOTATIONS)) {
    const why = uncovered.get(finding);
    annotation(`${describeFinding(finding)}${why === undefined ? '' : ` — ${why}`}`, {
      title: `destroy-guard: ${finding.kind} (${finding.severity})`,
    });
  }
  if (failing.length > MAX_ANNOTATIONS) {
    annotation(
      `${failing.length - MAX_ANNOTATIONS} more changes ${uncovered.size > 0 ? 'are not covered by an approval' : 'require approval'}; see the job summary.`,
      { title: 'destroy-guard' },
    );
  }
}
