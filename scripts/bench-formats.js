// The many-small-changes plans of `npm run bench` (scripts/bench-small.js), run through the CLI
// as a user runs it: one whole process per format, its output to /dev/null, wall time and peak
// RSS from /usr/bin/time, jq on the same plan in the same run. Plans go to the system's
// temporary directory (destroy-guard-bench/), never into the repository.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SMALL_GENERATOR_VERSION, writeSmallPlan } from './bench-small.js';
import { fmtMs, median } from './bench-stats.js';

const MB = 1_000_000;
const FORMATS = ['markdown', 'text', 'json'];
const DIRECTORY = path.join(os.tmpdir(), 'destroy-guard-bench');
const JQ_FILTER = '[.resource_changes[] | select(.change.actions | index("delete"))] | length';

/** Rows for the table, targets pushed onto `targets` ([ok, target, measured]). */
export function measureSmallPlans({ cli, sizes, jq, targets }) {
  const rows = [];
  for (const size of sizes) {
    const file = path.join(DIRECTORY, `small-${size}mb.json`);
    const plan = ensureSmallPlan(file, size);
    if (plan === undefined) {
      targets.push([undefined, `${size} MB of small changes`, 'skipped: not enough free disk']);
      continue;
    }
    // The 1 GB runs are few: the machine is shared.
    const runs = size >= 1000 ? 1 : 3;
    // jq holds the whole document (several times the file): only plans below 1 GB are compared.
    const jqRuns =
      jq && size < 1000 ? Array.from({ length: runs }, () => timed('jq', [JQ_FILTER, file])) : [];
    const jqMs = jqRuns.length === 0 ? undefined : median(jqRuns.map((run) => run.ms));
    // User + system time beside the wall clock: a busy machine inflates it less.
    const jqCpuMs = jqRuns.length === 0 ? undefined : median(jqRuns.map((run) => run.cpuMs));
    for (const format of FORMATS) {
      const results = Array.from({ length: runs }, () =>
        timed(process.execPath, [cli, 'assess', file, '--format', format]),
      );
      const ms = median(results.map((result) => result.ms));
      const rssKb = median(results.map((result) => result.rssKb));
      const cpuMs = median(results.map((result) => result.cpuMs));
      const mbps = plan.bytes / MB / (ms / 1000);
      const perSecond = plan.changes / (ms / 1000);
      const ratio = jqMs === undefined ? undefined : jqMs / ms;
      rows.push([
        `${(plan.bytes / MB).toFixed(0)} MB`,
        plan.changes.toLocaleString('en'),
        format,
        fmtMs(ms),
        fmtMs(cpuMs),
        mbps.toFixed(0),
        Math.round(perSecond).toLocaleString('en'),
        `${(rssKb / 1024).toFixed(0)} MB`,
        `${(results[0].outputBytes / 1024).toFixed(0)} KiB`,
        ratio === undefined ? 'n/a' : `${ratio.toFixed(1)}× (jq ${fmtMs(jqMs)})`,
      ]);
      const label = `${(plan.bytes / MB).toFixed(0)} MB of small changes, --format ${format}`;
      const byCpu = (figure) => (Number.isFinite(cpuMs) ? `; by CPU time ${figure}` : '');
      const cpuSeconds = cpuMs / 1000;
      if (size >= 1000) {
        targets.push([
          rssKb <= 600 * 1024,
          `${label}: peak RSS ≤ 600 MB (goal 300)`,
          `${(rssKb / 1024).toFixed(0)} MB`,
        ]);
        targets.push([
          mbps >= 100,
          `${label}: ≥ 100 MB/s (goal 250)`,
          `${mbps.toFixed(0)} MB/s${byCpu(`${(plan.bytes / MB / cpuSeconds).toFixed(0)} MB/s`)}`,
        ]);
        targets.push([
          perSecond >= 100_000,
          `${label}: ≥ 100,000 changes/s (goal 250,000)`,
          `${Math.round(perSecond).toLocaleString('en')}${byCpu(Math.round(plan.changes / cpuSeconds).toLocaleString('en'))}`,
        ]);
      } else if (format === 'text') {
        targets.push([
          ratio === undefined ? undefined : ratio >= 4,
          `${label}: whole process ≥ 4 × faster than jq`,
          ratio === undefined
            ? 'n/a (jq not on PATH)'
            : `${ratio.toFixed(1)}×${jqCpuMs === undefined ? '' : byCpu(`${(jqCpuMs / cpuMs).toFixed(1)}×`)}`,
        ]);
      }
    }
  }
  return rows;
}

/** Runs of the start-up comparison, interleaved: a median that one busy moment does not move. */
export const STARTUP_RUNS = 21;

/** `destroy-guard assess examples/harmless/plan.json` against `node -e 0`, same run. */
export function measureStartup(cli, targets) {
  const assess = [];
  const node = [];
  for (let run = 0; run < STARTUP_RUNS; run += 1) {
    node.push(timed(process.execPath, ['-e', '0']).ms);
    assess.push(timed(process.execPath, [cli, 'assess', 'examples/harmless/plan.json']).ms);
  }
  const result = { assess: median(assess), node: median(node) };
  targets.push([
    result.assess <= 1.5 * result.node,
    'start-up: assess examples/harmless/plan.json within 1.5 × node -e 0',
    `${(result.assess / result.node).toFixed(2)}× (${fmtMs(result.assess)} vs ${fmtMs(result.node)})`,
  ]);
  return result;
}

function ensureSmallPlan(file, size) {
  const stamp = `${file}.generator.json`;
  const want = JSON.stringify({ version: SMALL_GENERATOR_VERSION, size });
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) {
    return JSON.parse(readFileSync(factsFile(file), 'utf8'));
  }
  mkdirSync(DIRECTORY, { recursive: true });
  const { bavail, bsize } = statfsSync(DIRECTORY);
  if (bavail * bsize < size * MB * 1.2 + 200 * MB) return undefined;
  const started = performance.now();
  const facts = writeSmallPlan(file, size * MB);
  writeFileSync(factsFile(file), JSON.stringify(facts));
  writeFileSync(stamp, want);
  console.log(
    `generated ${file}: ${(statSync(file).size / MB).toFixed(0)} MB, ${facts.changes.toLocaleString('en')} resource changes, in ${fmtMs(performance.now() - started)}`,
  );
  return facts;
}

/** The generated plan's change count and size, kept beside it. */
function factsFile(file) {
  return file.replace(/\.json$/u, '.facts.json');
}

/** Wall time, peak RSS (through /usr/bin/time when present) and output size of one process. */
function timed(command, args) {
  const time = existsSync('/usr/bin/time');
  const started = performance.now();
  mkdirSync(DIRECTORY, { recursive: true });
  const output = path.join(DIRECTORY, 'output');
  const fd = openSync(output, 'w');
  let result;
  try {
    result = spawnSync(
      time ? '/usr/bin/time' : command,
      time ? ['-f', '%M %U %S', command, ...args] : args,
      {
        stdio: ['ignore', fd, 'pipe'],
      },
    );
  } finally {
    closeSync(fd);
  }
  const ms = performance.now() - started;
  const outputBytes = statSync(output).size;
  rmSync(output, { force: true });
  const stderr = result.stderr.toString('utf8').trim().split('\n');
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${stderr.join('\n')}`,
    );
  }
  const last = (stderr.at(-1) ?? '').split(' ');
  return {
    ms,
    rssKb: time ? Number(last[0]) : Number.NaN,
    // User + system seconds: on a busy machine the wall clock says more about the neighbours.
    cpuMs: time ? (Number(last[1]) + Number(last[2])) * 1000 : Number.NaN,
    outputBytes,
  };
}
