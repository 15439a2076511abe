// `npm run bench`: destroy-guard against its scale targets (docs/design.md section 10).
//
//   node scripts/bench.js [--quick] [--sizes 10,100,1000] [--sweep] [--small-only]
//
// Generates plans of about 10 MB, 100 MB and 1 GB into .bench/ (git-ignored; reused while the
// generator is unchanged) from the real plan in ../shared/corpus/large (scripts/bench-plans.js),
// then measures, each run in a child process of its own so peak RSS is per run (median of 5
// runs at 10 MB, 3 at 100 MB, 3 at 1 GB):
//   - the engine end to end as the CLI runs it (assessPlans, then the JSON report rendered),
//     reading whole (readPlanFile) and in pieces (src/plan/stream/reader.ts): in-process time, MB/s, peak RSS
//   - a bare readFile + JSON.parse of the same file (n/a where one string cannot hold it)
//   - jq '[.resource_changes[] | select(.change.actions | index("delete"))] | length' when jq is
//     on PATH. The target compares jq's whole run (its start-up, printed below, included) with
//     the engine's read to report, the time the issue names; the wall-clock ratio, which adds
//     Node's start-up (see "CLI start-up" below), is printed beside it.
// then plans of many small changes (about 2 KB a resource, 80% replacements of types the catalog
// does not hold: scripts/bench-small.js) at the sizes from 100 MB up, through the CLI as a user
// runs it, each format's time, MB/s, changes/s and peak RSS, jq beside it at 100 MB
// (scripts/bench-formats.js); the start-up of `assess examples/harmless/plan.json` against
// `node -e 0`; then 200 plans / 50,000 changes into one report and one PR comment, the bundle sizes, the
// CLI's start-up time, and the bundled action against the end-to-end tests' fake GitHub: its
// start-up (process start to first API request) and what a steady-state run requests. Targets are judged on the reader destroy-guard picks for each size. `--quick`: 10 MB only. `--sweep`: whole vs pieces from 1 to 50 MB, to
// place STREAM_THRESHOLD_BYTES.
//
// The runner (scripts/bench-runner.js) is bundled from src/ with esbuild, with the threshold of
// readPlan (src/plan/open.ts) taken from DG_STREAM_THRESHOLD (0: always in pieces;
// Infinity: always whole).
import { execFileSync, spawnSync } from 'node:child_process';
import { fmtMs, median } from './bench-stats.js';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { GENERATOR_VERSION, loadTemplates, writePlan } from './bench-plans.js';
import { measureSmallPlans, measureStartup, STARTUP_RUNS } from './bench-formats.js';

const MB = 1_000_000;
const BENCH = '.bench';
const RUNNER = path.join(BENCH, 'build', 'runner.mjs');
const CLI = path.join(BENCH, 'build', 'dist', 'cli.cjs');
const ACTION_RUNNER = path.join(BENCH, 'build', 'action.mjs');
const THRESHOLD = streamThreshold();

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    sweep: { type: 'boolean', default: false },
    // Only the plans of many small changes and the start-up: a shorter run on a shared machine.
    'small-only': { type: 'boolean', default: false },
  },
});
const sizes = values.quick
  ? [10]
  : (values.sizes ?? '10,100,1000').split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isFinite(size) || size <= 0)) {
  throw new Error(`--sizes: "${values.sizes}" is not a list of megabytes such as 10,100,1000`);
}

mkdirSync(BENCH, { recursive: true });
await bundleRunner();
const templates = loadTemplates();
const jq = hasCommand('jq');
const time = existsSync('/usr/bin/time');

console.log(
  `destroy-guard benchmark — Node ${process.version}, ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0].toFixed(1)}`,
);
console.log(`plans replicated from ${templates.source}\n`);

const rows = [];
const targets = [];
const smallOnly = values['small-only'];
if (!smallOnly) for (const size of sizes) rows.push(...measureSize(size));
const small = measureSmallPlans({
  cli: CLI,
  sizes: sizes.filter((size) => size >= 100),
  jq,
  targets,
});
const startupAssess = measureStartup(CLI, targets);
const multi = smallOnly ? undefined : measureMulti();
let sweep = [];
if (values.sweep) sweep = measureSweep();
const cliPieces = existsSync('dist')
  ? readdirSync('dist').filter((name) => /^cli(?:-.+)?\.cjs$/u.test(name))
  : [];
const dist = [
  ['dist/index.js', existsSync('dist/index.js') ? statSync('dist/index.js').size : undefined],
  [
    `the CLI (dist/cli.cjs and ${cliPieces.length - 1} pieces)`,
    cliPieces.length === 0
      ? undefined
      : cliPieces.reduce((sum, name) => sum + statSync(path.join('dist', name)).size, 0),
  ],
];
const startup = median(
  Array.from(
    { length: 11 },
    () => wall(process.execPath, ['bin/destroy-guard.js', '--version']).ms,
  ),
);
const action = smallOnly ? undefined : measureAction();

const jqStartup = jq
  ? median(Array.from({ length: 11 }, () => wall('jq', ['-n', 'empty']).ms))
  : undefined;

printTable(
  [
    'plan',
    'reader',
    'changes',
    'findings',
    'end to end',
    'MB/s',
    'peak RSS',
    'bare parse',
    '× bare',
    'jq',
    'jq ÷ dg',
    'jq ÷ dg (wall)',
  ],
  rows,
);
if (small.length > 0) {
  console.log(
    '\nmany small changes, the CLI as a user runs it (whole process, output to /dev/null):',
  );
  printTable(
    [
      'plan',
      'changes',
      'format',
      'time',
      'CPU',
      'MB/s',
      'changes/s',
      'peak RSS',
      'output',
      'jq ÷ dg',
    ],
    small,
  );
}
console.log(
  `\nstart-up: destroy-guard assess examples/harmless/plan.json ${fmtMs(startupAssess.assess)}, node -e 0 ${fmtMs(startupAssess.node)} (median of ${STARTUP_RUNS}): ${(startupAssess.assess / startupAssess.node).toFixed(2)}×`,
);
if (multi !== undefined) {
  console.log(
    `\n${multi.plans} plans, ${multi.changes.toLocaleString('en')} changes (${multi.findings.toLocaleString('en')} findings, ${multi.requiringApproval.toLocaleString('en')} requiring approval) → one report and one PR comment: ${fmtMs(multi.ms)}, comment ${multi.commentChars.toLocaleString('en')} characters, peak RSS ${fmtRss(multi.maxRssKb)}`,
  );
}
if (sweep.length > 0) {
  console.log('\nwhole vs pieces (end to end, median of 5):');
  printTable(['plan', 'whole', 'pieces', 'pieces ÷ whole', 'RSS whole', 'RSS pieces'], sweep);
}
console.log(
  `\nbundles: ${dist.map(([file, bytes]) => `${file} ${bytes === undefined ? 'missing' : `${(bytes / 1024).toFixed(0)} KiB`}`).join(', ')}; CLI start-up (node bin/destroy-guard.js --version, median of 11): ${fmtMs(startup)}${jqStartup === undefined ? '' : `; jq start-up (jq -n empty): ${fmtMs(jqStartup)}`}`,
);
if (action !== undefined) {
  console.log(
    `action (dist/index.js against the end-to-end tests' fake GitHub, comment already current): start-up to first API request ${fmtMs(median(action.startupMs))} (median of ${action.startupMs.length}), whole run ${fmtMs(median(action.runMs))}; a steady-state run: ${action.requests.length} requests (${action.requests.join(', ')}), ${action.writes} writes`,
  );
}
console.log('\ntargets:');
printTable(
  ['', 'target', 'measured'],
  targets.map(([ok, target, measured]) => [
    ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL',
    target,
    measured,
  ]),
);

// --- Measurements --------------------------------------------------------------------------

function measureSize(size) {
  const file = path.join(BENCH, `plan-${size}mb.json`);
  if (!ensurePlan(file, size)) {
    targets.push([undefined, `${size} MB plan`, 'skipped: not enough free disk space in .bench/']);
    return [];
  }
  const bytes = statSync(file).size;
  const runs = size <= 10 ? 5 : 3;
  // One JavaScript string holds about 512 MiB: JSON.parse and the whole-file reader stop there.
  const parsable = bytes < 500 * 2 ** 20;
  const readers = parsable ? ['whole', 'pieces'] : ['pieces'];
  const results = { whole: [], pieces: [], bare: [], jq: [] };
  const jqFits = jq && (parsable || os.freemem() > bytes * 14);
  for (let run = 0; run < runs; run += 1) {
    for (const reader of readers) results[reader].push(runner(['engine', file], reader));
    if (parsable) results.bare.push(runner(['bare', file]));
    if (jqFits && (run === 0 || size <= 100)) results.jq.push(runJq(file));
  }
  const bare = summarise(results.bare);
  const jqWall =
    results.jq.length === 0 ? undefined : median(results.jq.map((result) => result.ms));
  const rowsOut = [];
  for (const reader of readers) {
    const engine = summarise(results[reader]);
    const ratio = bare === undefined ? undefined : engine.ms / bare.ms;
    const vsJq = jqWall === undefined ? undefined : jqWall / engine.ms;
    const vsJqWall = jqWall === undefined ? undefined : jqWall / engine.wall;
    const mbps = bytes / MB / (engine.ms / 1000);
    rowsOut.push([
      `${(bytes / MB).toFixed(0)} MB`,
      reader + (reader === autoReader(bytes) ? ' (auto)' : ''),
      engine.changes.toLocaleString('en'),
      engine.findings.toLocaleString('en'),
      fmtMs(engine.ms),
      mbps.toFixed(0),
      fmtRss(engine.maxRssKb),
      bare === undefined ? 'n/a' : fmtMs(bare.ms),
      ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`,
      jqWall === undefined ? 'n/a' : fmtMs(jqWall),
      vsJq === undefined ? 'n/a' : `${vsJq.toFixed(1)}×`,
      vsJqWall === undefined ? 'n/a' : `${vsJqWall.toFixed(1)}×`,
    ]);
    // Targets are judged on the reader destroy-guard picks; the other is shown for comparison.
    if (reader !== autoReader(bytes)) continue;
    const label = `${(bytes / MB).toFixed(0)} MB, ${reader} (auto)`;
    if (size <= 100) {
      targets.push([
        ratio === undefined ? undefined : ratio <= 1.3,
        `${label}: end to end ≤ 1.3 × bare readFile + JSON.parse`,
        ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`,
      ]);
      targets.push([
        vsJq === undefined ? undefined : vsJq >= 4,
        `${label}: ≥ 4 × faster than jq (read to report)`,
        vsJq === undefined ? 'n/a (jq not on PATH)' : `${vsJq.toFixed(1)}×`,
      ]);
    } else if (size >= 1000) {
      targets.push([mbps >= 100, `${label}: ≥ 100 MB/s`, `${mbps.toFixed(0)} MB/s`]);
      targets.push([
        engine.maxRssKb <= 600 * 1024,
        `${label}: peak RSS ≤ 600 MB`,
        fmtRss(engine.maxRssKb),
      ]);
    }
  }
  return rowsOut;
}

function measureMulti() {
  const directory = path.join(BENCH, 'multi');
  const files = Array.from({ length: 200 }, (_, index) =>
    path.join(directory, `module-${String(index).padStart(3, '0')}`, 'plan.json'),
  );
  const stamp = path.join(directory, 'generator.json');
  const want = JSON.stringify({
    version: GENERATOR_VERSION,
    source: templates.source,
    plans: 200,
    each: 250,
  });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    files.forEach((file, index) =>
      writePlan(file, templates.changes, { count: 250, first: index * 250, full: false }),
    );
    writeFileSync(stamp, want);
  }
  const runs = Array.from({ length: 3 }, () => runner(['multi', ...files]));
  const result = summarise(runs);
  targets.push([
    result.commentChars <= 65_536,
    `200 plans / ${result.changes.toLocaleString('en')} changes: comment ≤ 65,536 characters`,
    `${result.commentChars.toLocaleString('en')}`,
  ]);
  targets.push([
    result.ms < 5000,
    `200 plans / ${result.changes.toLocaleString('en')} changes: report and comment in < 5 s`,
    fmtMs(result.ms),
  ]);
  return result;
}

/** The bundled action's start-up and steady-state requests (scripts/bench-action.js). */
function measureAction() {
  if (!existsSync('dist/index.js')) {
    targets.push([undefined, 'action steady state', 'skipped: dist/index.js missing']);
    return undefined;
  }
  const { stdout, stderr, status } = wall(process.execPath, [ACTION_RUNNER]);
  if (status !== 0) throw new Error(`bench action runner failed:\n${stderr}`);
  const result = JSON.parse(stdout.trim().split('\n').at(-1));
  targets.push([
    result.requests.length <= 6 && result.writes === 0,
    'steady-state action run: ≤ 6 API requests, no writes',
    `${result.requests.length} requests, ${result.writes} writes`,
  ]);
  return result;
}

function measureSweep() {
  const out = [];
  for (const size of [1, 2, 5, 10, 20, 32, 50, 64]) {
    const file = path.join(BENCH, `plan-${size}mb.json`);
    if (!ensurePlan(file, size)) continue;
    const whole = [];
    const pieces = [];
    for (let run = 0; run < 5; run += 1) {
      whole.push(runner(['engine', file], 'whole'));
      pieces.push(runner(['engine', file], 'pieces'));
    }
    const a = summarise(whole);
    const b = summarise(pieces);
    out.push([
      `${size} MB`,
      fmtMs(a.ms),
      fmtMs(b.ms),
      `${(b.ms / a.ms).toFixed(2)}×`,
      fmtRss(a.maxRssKb),
      fmtRss(b.maxRssKb),
    ]);
  }
  return out;
}

/** Which reader readPlan picks: STREAM_THRESHOLD_BYTES as src/plan/open.ts sets it. */
function autoReader(bytes) {
  return bytes > THRESHOLD ? 'pieces' : 'whole';
}

function streamThreshold() {
  const source = readFileSync('src/plan/open.ts', 'utf8');
  const product = /export const STREAM_THRESHOLD_BYTES = ([\d_ *]+);/u.exec(source)?.[1];
  if (product === undefined)
    throw new Error('bench: STREAM_THRESHOLD_BYTES not found in src/plan/open.ts');
  return product
    .split('*')
    .reduce((total, factor) => total * Number(factor.replaceAll('_', '').trim()), 1);
}

// --- Processes -----------------------------------------------------------------------------

function runner(args, reader) {
  const threshold = reader === 'whole' ? 'Infinity' : reader === 'pieces' ? '0' : undefined;
  const env = { ...process.env };
  if (threshold === undefined) delete env.DG_STREAM_THRESHOLD;
  else env.DG_STREAM_THRESHOLD = threshold;
  const { ms, stdout, stderr, status } = wall(process.execPath, [RUNNER, ...args], { env });
  if (status !== 0)
    throw new Error(`bench runner ${args.join(' ')} (${reader ?? 'auto'}) failed:\n${stderr}`);
  const line = stdout.trim().split('\n').at(-1);
  return { ...JSON.parse(line), wall: ms };
}

function runJq(file) {
  const filter = '[.resource_changes[] | select(.change.actions | index("delete"))] | length';
  const command = time ? '/usr/bin/time' : 'jq';
  const args = time ? ['-f', '%M', 'jq', filter, file] : [filter, file];
  const { ms, stderr, status } = wall(command, args);
  if (status !== 0) throw new Error(`jq failed on ${file}: ${stderr}`);
  return { ms, maxRssKb: time ? Number(stderr.trim().split('\n').at(-1)) : undefined };
}

function wall(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  return {
    ms: performance.now() - started,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    status: result.status,
  };
}

function hasCommand(name) {
  return spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0;
}

// --- Plans and the runner bundle -----------------------------------------------------------

/** Writes `file` (about `size` MB) unless it is there from this generator; false without disk. */
function ensurePlan(file, size) {
  const stamp = `${file}.generator.json`;
  const want = JSON.stringify({ version: GENERATOR_VERSION, source: templates.source, size });
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return true;
  const { bavail, bsize } = statfsSync(BENCH);
  if (bavail * bsize < size * MB * 1.2 + 200 * MB) {
    console.log(
      `skipping the ${size} MB plan: ${((bavail * bsize) / MB).toFixed(0)} MB free in ${BENCH}/`,
    );
    return false;
  }
  const started = performance.now();
  const { changes, bytes } = writePlan(file, templates.changes, { targetBytes: size * MB });
  writeFileSync(stamp, want);
  console.log(
    `generated ${file}: ${(bytes / MB).toFixed(0)} MB, ${changes.toLocaleString('en')} resource changes, in ${fmtMs(performance.now() - started)}`,
  );
  return true;
}

async function bundleRunner() {
  // The CLI as scripts/bundle.js builds it from src/ now, in its pieces (dist/ may be stale).
  execFileSync(process.execPath, ['scripts/bundle.js', path.dirname(CLI)], { stdio: 'inherit' });
  // The runners below find the first pass's worker beside them, as dist/index.js and the CLI do.
  copyFileSync(
    path.join(path.dirname(CLI), 'scan-worker.cjs'),
    path.join(path.dirname(RUNNER), 'scan-worker.cjs'),
  );
  const wiring = {
    name: 'bench-wiring',
    setup(context) {
      // The threshold from the environment, to measure either reader.
      context.onLoad({ filter: /[\\/]src[\\/]plan[\\/]open\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const adjusted = source.replace(
          /export const STREAM_THRESHOLD_BYTES = ([^;]+);/u,
          'export const STREAM_THRESHOLD_BYTES = process.env.DG_STREAM_THRESHOLD === undefined ? $1 : Number(process.env.DG_STREAM_THRESHOLD);',
        );
        if (adjusted === source)
          throw new Error('bench: STREAM_THRESHOLD_BYTES not found in src/plan/open.ts');
        return { contents: adjusted, loader: 'ts' };
      });
    },
  };
  await build({
    entryPoints: ['scripts/bench-action.js'],
    outfile: ACTION_RUNNER,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  await build({
    entryPoints: ['scripts/bench-runner.js'],
    outfile: RUNNER,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
    plugins: [wiring],
  });
}

// --- Output --------------------------------------------------------------------------------

function summarise(results) {
  if (results.length === 0) return undefined;
  const pick = (key) => median(results.map((result) => result[key]));
  return { ...results[0], ms: pick('ms'), wall: pick('wall'), maxRssKb: pick('maxRssKb') };
}

function fmtRss(kb) {
  return kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`;
}

function printTable(header, body) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}
