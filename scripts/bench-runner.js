// One measurement of `npm run bench`, in its own process so its peak RSS is its own. Not run
// directly: scripts/bench.js bundles it with esbuild (it imports the TypeScript sources), with
// the engine reading through readPlan (src/plan/open.ts) and STREAM_THRESHOLD_BYTES taken from
// DG_STREAM_THRESHOLD. Prints one JSON line: { ms, maxRssKb, … }.
//
//   bare FILE          readFile + JSON.parse, the baseline
//   engine FILE        assessPlans as the CLI runs it, then the JSON report rendered
//   multi FILE...      assessPlans over many plans, then the PR comment (renderMarkdown)
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { assessPlans } from '../src/engine/engine.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';

const [mode, ...files] = process.argv.slice(2);
const options = {
  failOn: 'high',
  statefulTypes: [],
  ignore: [],
  cwd: process.cwd(),
  workspace: process.cwd(),
  stdin: Readable.from([]),
};

/** Every resource change (`deferred` counts some of them a second time). */
function changeCount(report) {
  let total = 0;
  for (const plan of report.plans) {
    for (const count of Object.values(plan.counts)) total += count;
    total -= plan.counts.deferred;
  }
  return total;
}

const started = performance.now();
let result;
if (mode === 'bare') {
  const document = JSON.parse(await readFile(files[0], 'utf8'));
  result = { changes: document.resource_changes?.length ?? 0 };
} else if (mode === 'engine') {
  const report = await assessPlans(files, options);
  const json = renderJson(report);
  result = {
    changes: changeCount(report),
    findings: report.findings.length,
    requiringApproval: report.findings.filter((finding) => finding.requiresApproval).length,
    reportChars: json.length,
  };
} else if (mode === 'multi') {
  const report = await assessPlans(files, options);
  const comment = renderMarkdown(report, { marker: '<!-- destroy-guard key=default -->' });
  result = {
    plans: report.plans.length,
    changes: changeCount(report),
    findings: report.findings.length,
    requiringApproval: report.findings.filter((finding) => finding.requiresApproval).length,
    commentChars: comment.length,
  };
} else {
  throw new Error(`bench-runner: unknown mode ${mode}`);
}
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, ...result })}\n`,
);
