// Builds the committed bundles: dist/index.js (the Action, run by the runner's node24, one file)
// and dist/cli.js (the `destroy-guard` command) with the pieces it loads only when needed:
// dist/cli-tools-*.js (every command but `assess`), dist/cli-zod-schemas-*.js (the wording of a
// malformed plan), dist/cli-dist-*.js (the glob library) and the chunks they share. `assess`
// loads cli.js and the chunks it shares, nothing else (docs/design.md section 10).
// Usage: node scripts/bundle.js [OUTDIR]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

// Some dependencies still call require(); give the ESM bundle one.
const REQUIRE =
  "import { createRequire as __destroyGuardCreateRequire } from 'node:module';\nconst require = __destroyGuardCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: REQUIRE },
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
  minifySyntax: true,
  write: false,
};

const [action, cli] = await Promise.all([
  build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir }),
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir,
    splitting: true,
    chunkNames: 'cli-[name]-[hash]',
  }),
]);

const files = new Map();
for (const file of action.outputFiles) files.set(path.basename(file.path), file.text);
for (const file of cli.outputFiles) files.set(path.basename(file.path), startsFast(file.text));

mkdirSync(outdir, { recursive: true });
// Chunk names change with their contents: a chunk of an earlier build must not linger.
for (const name of readdirSync(outdir)) {
  if (name.endsWith('.js') && !files.has(name)) rmSync(path.join(outdir, name));
}
for (const [name, text] of files) writeFileSync(path.join(outdir, name), text);

/**
 * A CLI piece as it loads fastest. ASCII only: one character past it (the catalog's `—`) makes
 * V8 read the whole file as two-byte text; esbuild leaves template literals as written, and an
 * escape means the same character in a string, template, regular expression or name. The
 * `require` of the banner only where a piece uses it.
 */
function startsFast(text) {
  // eslint-disable-next-line no-control-regex -- the range starts at U+0000: everything past ASCII
  const ascii = text.replace(/[^\x00-\x7f]/gu, (character) => {
    let escaped = '';
    // Code units: a character past U+FFFF is written as its two surrogates.
    for (let unit = 0; unit < character.length; unit += 1) {
      escaped += `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`;
    }
    return escaped;
  });
  const body = ascii.slice(REQUIRE.length);
  return ascii.startsWith(REQUIRE) && !/\brequire\b/u.test(body) ? body.replace(/^\n/u, '') : ascii;
}
