// One measurement of `npm run bench`: the bundled action (dist/index.js), run as a runner runs
// it, against the fake GitHub of the end-to-end tests (test/e2e/), on a pull request whose
// comment is already current. Not run directly: scripts/bench.js bundles it with esbuild (it
// imports the TypeScript test harness). Prints one JSON line: the start-up of each measured run
// (process start to first API request, ms), and the requests and writes of the last one.
import { inWorld } from '../test/e2e/faults-world.js';
import { RISKY_PLAN } from '../test/e2e/world.js';

const WARM_UP = 2; // the first run posts the comment; the second finds it current
const RUNS = 7;

await inWorld(async (world) => {
  for (let run = 0; run < WARM_UP; run += 1) await world.guard(RISKY_PLAN);
  const startupMs = [];
  const runMs = [];
  let requests = [];
  for (let run = 0; run < RUNS; run += 1) {
    const before = world.fake.requests.length;
    const result = await world.guard(RISKY_PLAN);
    if (result.code !== 1 || result.outputs.verdict !== 'blocked') {
      throw new Error(`bench-action: unexpected run (exit ${result.code}):\n${result.stderr}`);
    }
    requests = world.fake.requests.slice(before);
    startupMs.push(result.startupMs);
    runMs.push(result.ms);
  }
  // A GraphQL query is a POST that writes nothing; a mutation is a write.
  const isQuery = (request) =>
    request.path === '/graphql' &&
    typeof request.body?.query === 'string' &&
    !/^\s*mutation\b/u.test(request.body.query);
  const writes = requests.filter((request) => request.method !== 'GET' && !isQuery(request));
  process.stdout.write(
    `${JSON.stringify({
      startupMs,
      runMs,
      requests: requests.map((request) => request.route ?? `${request.method} ${request.path}`),
      writes: writes.length,
    })}\n`,
  );
});
