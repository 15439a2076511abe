import { EXIT_USAGE } from './io.js';
import { main } from './main.js';

// A reader that goes away (`destroy-guard catalog | head`) is no crash and never a pass: the
// verdict was not delivered, so the exit is 2, with one line that says why.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  const why =
    error.code === 'EPIPE' ? 'was closed by its reader' : `failed (${error.code ?? error.message})`;
  process.stderr.write(`destroy-guard: standard output ${why} before everything was written\n`);
  process.exit(EXIT_USAGE);
});

// No top-level await: the bundle is CommonJS, which Node starts without its ES module loader.
void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  write: (chunk) =>
    new Promise<void>((resolve) => {
      if (process.stdout.write(chunk)) resolve();
      else process.stdout.once('drain', resolve);
    }),
  stderrIsTerminal: process.stderr.isTTY,
  // Read on use: creating the stream loads net and stream, a few ms of every start-up.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
