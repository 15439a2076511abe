import * as core from '@actions/core';
import { access, appendFile, constants } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { errorMessage } from '../util/errors.js';

/**
 * What the runner provides beyond the inputs. GitHub's hosted runners set all of these; some
 * self-hosted and compatible runners (act, Gitea and Forgejo runners, older GHES runners) leave
 * some out. None of them decides the verdict, so a missing one is a warning and the run goes on.
 */

type Warn = (message: string) => void;

const DOTCOM_API = 'https://api.github.com';

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** Where the JSON report (the `report` output) is written: the runner's temp directory. */
export function reportDirectory(env: NodeJS.ProcessEnv, warn: Warn = core.warning): string {
  const runnerTemp = env['RUNNER_TEMP'];
  if (present(runnerTemp)) return runnerTemp;
  const fallback = tmpdir();
  warn(
    `RUNNER_TEMP is not set on this runner; the JSON report (output \`report\`) is written to ${fallback} instead.`,
  );
  return fallback;
}

/**
 * Appends the report to the job summary file. A runner without one (GITHUB_STEP_SUMMARY unset,
 * or a file it cannot write) loses only the summary: the comment, outputs and verdict stand.
 */
export async function writeJobSummary(
  markdown: string,
  env: NodeJS.ProcessEnv,
  warn: Warn = core.warning,
): Promise<void> {
  const path = env['GITHUB_STEP_SUMMARY'];
  if (!present(path)) {
    warn(
      'This runner provides no job summary file (GITHUB_STEP_SUMMARY is not set), so the report is not in the job summary; it is in the `report` output, the log and the pull request comment.',
    );
    return;
  }
  try {
    // The runner creates the file; one that is missing or read-only is the runner's problem.
    await access(path, constants.W_OK);
    await appendFile(path, markdown, 'utf8');
  } catch (error) {
    warn(
      `The job summary file ${path} cannot be written (${errorMessage(error).split('\n')[0] ?? ''}), so the report is not in the job summary.`,
    );
  }
}

/**
 * The REST API root. GitHub sets GITHUB_API_URL (`https://HOST/api/v3` on GitHub Enterprise
 * Server, `https://api.SUBDOMAIN.ghe.com` on GHE.com); a runner that does not is told apart by
 * GITHUB_SERVER_URL, so a pull request on GHES never talks to api.github.com by mistake.
 */
export function apiUrl(env: NodeJS.ProcessEnv, warn: Warn = core.warning): string {
  const given = env['GITHUB_API_URL'];
  if (present(given)) return given.trim().replace(/\/+$/u, '');
  const server = env['GITHUB_SERVER_URL'];
  if (!present(server)) {
    warn(`GITHUB_API_URL and GITHUB_SERVER_URL are not set; using ${DOTCOM_API}.`);
    return DOTCOM_API;
  }
  const root = server.trim().replace(/\/+$/u, '');
  let host: string;
  try {
    host = new URL(root).host;
  } catch {
    warn(
      `GITHUB_SERVER_URL (${root}) is not a URL and GITHUB_API_URL is not set; using ${DOTCOM_API}.`,
    );
    return DOTCOM_API;
  }
  if (host === 'github.com') return DOTCOM_API;
  const derived = host.endsWith('.ghe.com') ? `https://api.${host}` : `${root}/api/v3`;
  warn(`GITHUB_API_URL is not set; using ${derived}, the API of GITHUB_SERVER_URL ${root}.`);
  return derived;
}
