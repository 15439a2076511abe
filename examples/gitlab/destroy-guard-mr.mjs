#!/usr/bin/env node
// destroy-guard in a GitLab CI job: assesses the plan JSON files given as arguments, prints the
// report, keeps one merge-request note current with it, and exits with destroy-guard's code
// (0 nothing requires approval, 1 something does, 2 it could not decide).
//
//   node destroy-guard-mr.mjs PLAN_OR_MODULE_DIR=PLAN...
//
// GitLab has no approval gate of destroy-guard's (that is the GitHub Action's): the job fails
// on a risky plan. A maintainer who has looked at the risky set can run the pipeline again with
// the variable DESTROY_GUARD_ACCEPT set to the fingerprint the note shows; it counts only for
// exactly that set.
//
// Environment: GitLab's CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID, GITLAB_USER_LOGIN;
// GITLAB_TOKEN, a project access token with the `api` scope (CI_JOB_TOKEN cannot write notes);
// DESTROY_GUARD, the destroy-guard command (default `npx --no-install destroy-guard`);
// DESTROY_GUARD_NOTE_KEY, to keep separate notes for several jobs (default `default`).
/* global fetch */
import { spawnSync } from 'node:child_process';

const env = process.env;
const plans = process.argv.slice(2);
const guard = env.DESTROY_GUARD || 'npx --no-install destroy-guard';
const key = env.DESTROY_GUARD_NOTE_KEY || 'default';
const marker = `<!-- destroy-guard gitlab ${key} -->`;

/** Runs destroy-guard with the plans; the command may be several words (`node path/bin/destroy-guard.js`). */
function assess(format) {
  const result = spawnSync(
    'sh',
    ['-c', `${guard} "$@"`, 'sh', 'assess', '--format', format, ...plans],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return { status: result.status ?? 2, stdout: result.stdout ?? '' };
}

if (plans.length === 0) {
  console.error(
    'destroy-guard-mr: no plan given; pass the plan JSON files (terraform show -json tfplan > plan.json)',
  );
  process.exit(2);
}

const report = assess('markdown');
process.stdout.write(report.stdout);
if (report.status !== 0 && report.status !== 1) process.exit(report.status);

let status = report.status;
let verdict = '';
const accept = (env.DESTROY_GUARD_ACCEPT || '').trim();
if (status === 1 && accept !== '') {
  const json = assess('json');
  const fingerprint = JSON.parse(json.stdout).fingerprint;
  if (fingerprint === accept) {
    status = 0;
    verdict = `\n**Accepted** by ${env.GITLAB_USER_LOGIN || 'unknown'} for fingerprint \`${fingerprint}\`: this plan may be applied.\n`;
  } else {
    verdict = `\n**Not accepted**: DESTROY_GUARD_ACCEPT is \`${accept}\`, but this plan's risky set has fingerprint \`${fingerprint}\`.\n`;
  }
  process.stdout.write(verdict);
}

await keepNoteCurrent(`${marker}\n${report.stdout}${verdict}`);
process.exit(status);

/** One note per merge request and key, by the token's own user; rewritten only when it changed. */
async function keepNoteCurrent(body) {
  const {
    CI_API_V4_URL: api,
    CI_PROJECT_ID: project,
    CI_MERGE_REQUEST_IID: iid,
    GITLAB_TOKEN: token,
  } = env;
  if (!iid) return; // not a merge-request pipeline: the job log has the report
  if (!token || !api || !project) {
    console.error(
      'destroy-guard-mr: warning: set GITLAB_TOKEN (a project access token with the api scope) to post the report as a merge-request note',
    );
    return;
  }
  const headers = { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' };
  const call = async (method, path, payload) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers,
      body: payload && JSON.stringify(payload),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return { json: await response.json(), next: response.headers.get('x-next-page') };
  };
  try {
    const me = (await call('GET', '/user')).json;
    const notes = `/projects/${encodeURIComponent(project)}/merge_requests/${iid}/notes`;
    let own;
    for (let page = '1'; page && !own;) {
      const listed = await call(
        'GET',
        `${notes}?per_page=100&sort=asc&order_by=created_at&page=${page}`,
      );
      own = listed.json.find((note) => note.author?.id === me.id && note.body.startsWith(marker));
      page = listed.next;
    }
    if (own === undefined) await call('POST', notes, { body });
    else if (own.body !== body) await call('PUT', `${notes}/${own.id}`, { body });
  } catch (error) {
    // The verdict is the exit code; a note that cannot be written must not change it.
    console.error(
      `destroy-guard-mr: warning: could not write the merge-request note (${error.message})`,
    );
  }
}
