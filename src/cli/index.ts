import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  write: (text) =>
    new Promise<void>((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once('drain', resolve);
    }),
  stderrIsTerminal: process.stderr.isTTY,
  // Read on use: creating the stream loads net and stream, a few ms of every start-up.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
});
process.exitCode = code;
