import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessPlans } from '../engine/engine.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';
import { renderJobSummary } from '../report/summary.js';
import { describeFinding } from '../report/words.js';
import { errorMessage } from '../util/errors.js';
import { readRunContext } from './context.js';
import { guardPullRequest } from './guard-pr.js';
import { readInputs } from './inputs.js';

/** GitHub shows at most 10 error annotations per step; the rest are in the summary. */
const MAX_ANNOTATIONS = 10;

/** The Action: inputs → engine → GitHub → outputs. The one place errors become a failed step. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readRunContext(env);
    const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
    const assessed = await assessPlans(inputs.plan, {
      failOn: inputs.failOn,
      statefulTypes: inputs.statefulTypes,
      ignore: inputs.ignore,
      cwd: process.cwd(),
      workspace,
      stdin: process.stdin,
      // The Action decides who approves from the module directory: never guess it.
      refuseOutside: true,
    });

    let report: Report = assessed;
    let note: ApprovalNote | undefined;
    let approvedBy: readonly string[] = [];
    let commentUrl = '';
    if (context.kind === 'pull-request') {
      const outcome = await guardPullRequest(
        assessed,
        inputs,
        context,
        env['GITHUB_API_URL'] ?? 'https://api.github.com',
      );
      ({ report, note, approvedBy, commentUrl } = outcome);
    } else if (assessed.verdict === 'blocked') {
      core.info(
        `No pull request (${context.event || 'unknown event'}): there is no approval path, so findings that require approval fail the step.`,
      );
    }

    const reportPath = join(
      env['RUNNER_TEMP'] ?? tmpdir(),
      `destroy-guard-${inputs.commentKey}.json`,
    );
    writeFileSync(reportPath, renderJson(report));
    await core.summary
      .addRaw(renderJobSummary(report, note === undefined ? {} : { approval: note }))
      .write();
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
