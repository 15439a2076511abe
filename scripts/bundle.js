// Builds the two committed bundles: dist/index.js (the Action, run by the runner's node24)
// and dist/cli.js (the `destroy-guard` command). Usage: node scripts/bundle.js [OUTDIR]
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

// Some dependencies still call require(); give the ESM bundle one.
const banner = {
  js: "import { createRequire as __destroyGuardCreateRequire } from 'node:module';\nconst require = __destroyGuardCreateRequire(import.meta.url);",
};

await build({
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
  minifySyntax: true,
});
