import * as core from '@actions/core';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { assessPlans } from '../engine/engine.js';
import { paceProgress } from '../engine/progress.js';
import { renderJsonChunks } from '../report/json.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';
import { renderJobSummary } from '../report/summary.js';
import { describeFinding } from '../report/words.js';
import { errorMessage } from '../util/errors.js';
import { readRunContext } from './context.js';
import { apiUrl, reportDirectory, writeJobSummary } from './environment.js';
import { guardPullRequest } from './guard-pr.js';
import { readInputs } from './inputs.js';

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

    let report: Report = assessed;
    let note: ApprovalNote | undefined;
    let approvedBy: readonly string[] = [];
    let commentUrl = '';
    if (context.kind === 'pull-request') {
      const outcome = await guardPullRequest(assessed, inputs, context, apiUrl(env));
      ({ report, note, approvedBy, commentUrl } = outcome);
    } else if (assessed.verdict === 'blocked') {
      core.info(
        `No pull request (${context.event || 'unknown event'}): there is no approval path, so findings that require approval fail the step.`,
      );
    }

    const reportPath = join(reportDirectory(env), `destroy-guard-${inputs.commentKey}.json`);
    writeReport(reportPath, report);
    await writeJobSummary(
      renderJobSummary(report, note === undefined ? {} : { approval: note }),
      env,
    );
    annotate(report);

    const requiring = report.findings.filter((finding) => finding.requiresApproval).length;
    core.setOutput('verdict', report.verdict);
    core.setOutput('risk', report.risk);
    core.setOutput('requires-approval', String(requiring));
    core.setOutput('fingerprint', report.fingerprint);
    core.setOutput('approved-by', approvedBy.join(','));
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

/** Written as it is produced: the report of a plan with 400,000 findings is never one string. */
function writeReport(file: string, report: Report): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of renderJsonChunks(report)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function annotate(report: Report): void {
  const requiring = report.findings.filter((finding) => finding.requiresApproval);
  const annotation = report.verdict === 'blocked' ? core.error : core.warning;
  for (const finding of requiring.slice(0, MAX_ANNOTATIONS)) {
    annotation(describeFinding(finding), {
      title: `destroy-guard: ${finding.kind} (${finding.severity})`,
    });
  }
  if (requiring.length > MAX_ANNOTATIONS) {
    annotation(
      `${requiring.length - MAX_ANNOTATIONS} more changes require approval; see the job summary.`,
      { title: 'destroy-guard' },
    );
  }
}
