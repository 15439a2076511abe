// @github/local-action imports an entry point and calls its run(); a runner instead starts
// `node dist/index.js`, whose top level runs the action. Importing the committed bundle here is
// that same run, unchanged, inside local-action's process and with its .env loaded.
export async function run() {
  await import('../../../dist/index.js');
}
