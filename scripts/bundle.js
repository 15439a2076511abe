// Builds the committed bundles: dist/index.js (the Action, run by the runner's node24, one ES
// module) and the `destroy-guard` command, dist/cli.cjs, with the pieces it loads only when
// needed: dist/cli-tools-*.cjs (every command but `assess`), dist/cli-zod-schemas-*.cjs (the
// wording of a malformed plan), dist/cli-dist-*.cjs (the glob library) and the chunks they
// share. `assess` loads cli.cjs and the chunks it shares, nothing else (docs/design.md section
// 10). Both start dist/scan-worker.cjs, the first pass over a large plan in a thread of its own
// (src/plan/stream/threaded.ts). Usage: node scripts/bundle.js [OUTDIR]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, transform } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
  minifySyntax: true,
  write: false,
};

const [action, cli, worker] = await Promise.all([
  build({
    ...common,
    entryPoints: { index: 'src/action/index.ts' },
    outdir,
    format: 'esm',
    // Some dependencies still call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __destroyGuardCreateRequire } from 'node:module';\nconst require = __destroyGuardCreateRequire(import.meta.url);",
    },
  }),
  // Split as ES modules (esbuild splits no other format), then each piece rewritten below.
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir,
    format: 'esm',
    splitting: true,
    chunkNames: 'cli-[name]-[hash]',
  }),
  // The first pass's worker thread (src/plan/stream/threaded.ts), for the Action and the CLI.
  build({
    ...common,
    entryPoints: { 'scan-worker': 'src/plan/stream/worker.ts' },
    outdir,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  }),
]);

const files = new Map();
for (const file of action.outputFiles) files.set(path.basename(file.path), file.text);
for (const file of worker.outputFiles) files.set(path.basename(file.path), ascii(file.text));
for (const file of cli.outputFiles) {
  files.set(path.basename(file.path).replace(/\.js$/u, '.cjs'), await asCommonJs(file.text));
}

mkdirSync(outdir, { recursive: true });
// Chunk names change with their contents: a chunk of an earlier build must not linger.
for (const name of readdirSync(outdir)) {
  if (/\.c?js$/u.test(name) && !files.has(name)) rmSync(path.join(outdir, name));
}
for (const [name, text] of files) writeFileSync(path.join(outdir, name), text);

/**
 * One piece of the CLI as CommonJS, which Node starts without its ES module loader (about 4 ms
 * of a 90 ms start-up), each piece required once, as the ES module was imported once. Pieces
 * import each other by name (`./cli-….js` becomes `./cli-….cjs`), a dynamic import becomes a
 * require in a promise, `import.meta.url` this file's URL. ASCII only: one character past it
 * (the catalog's `—`) makes V8 read the whole file as two-byte text; esbuild leaves template
 * literals as written, and an escape means the same character in a string, template, regular
 * expression or name.
 */
async function asCommonJs(text) {
  const named = text.replace(/(["'])\.\/(cli-[\w-]+)\.js\1/gu, '$1./$2.cjs$1');
  const { code } = await transform(named, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__destroyGuardFileUrl' },
    banner: named.includes('import.meta.url')
      ? "const __destroyGuardFileUrl = require('node:url').pathToFileURL(__filename).href;"
      : '',
    logLevel: 'warning',
  });
  return ascii(code);
}

/** `code` with every character past ASCII escaped (see asCommonJs). */
function ascii(code) {
  // eslint-disable-next-line no-control-regex -- the range starts at U+0000: everything past ASCII
  return code.replace(/[^\x00-\x7f]/gu, (character) => {
    let escaped = '';
    // Code units: a character past U+FFFF is written as its two surrogates.
    for (let unit = 0; unit < character.length; unit += 1) {
      escaped += `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`;
    }
    return escaped;
  });
}
