// Fails when dist/ is not exactly what `npm run bundle` builds from src/ today.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const fresh = mkdtempSync(join(tmpdir(), 'destroy-guard-dist-'));
try {
  execFileSync(process.execPath, ['scripts/bundle.js', fresh], { stdio: 'inherit' });
  const expected = readdirSync(fresh).sort();
  let actual = [];
  try {
    actual = readdirSync('dist').sort();
  } catch {
    actual = [];
  }
  const stale = expected.filter(
    (name) =>
      !actual.includes(name) ||
      !readFileSync(join(fresh, name)).equals(readFileSync(join('dist', name))),
  );
  const extra = actual.filter((name) => !expected.includes(name));
  if (stale.length > 0 || extra.length > 0) {
    console.error(
      `dist/ is stale (${[...stale, ...extra].join(', ')}): run \`npm run bundle\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ is up to date with src/.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
