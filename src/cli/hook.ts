import { judgeShell } from '../agent/hook/judge.js';
import { readToolCall } from '../agent/hook/payload.js';
import { isStatePath } from '../agent/judge/state.js';
import { errorMessage } from '../util/errors.js';
import { EXIT_OK, type CliIo, type Command } from './io.js';

/** Claude Code blocks a tool call only on exit 2; every refusal, and every failure, is 2. */
const EXIT_REFUSE = 2;

/** `destroy-guard hook`: one tool call on standard input; exit 0 allows it, exit 2 refuses it. */
export const hookCommand: Command = async (_args, io) => {
  try {
    const why = judgeCall(await readAll(io), io);
    if (why === undefined) return EXIT_OK;
    io.stderr(`destroy-guard: ${why.replace(/\s*\n\s*/g, ' ')}\n`);
  } catch (error) {
    // A hook that crashes must not let the command through.
    io.stderr(
      `destroy-guard: refused: the hook failed (${errorMessage(error).split('\n')[0] ?? ''})\n`,
    );
  }
  return EXIT_REFUSE;
};

function judgeCall(raw: string, io: CliIo): string | undefined {
  const call = readToolCall(raw);
  switch (call.kind) {
    case 'unreadable':
      return `refused: cannot read the tool call: ${call.reason}`;
    case 'other-tool':
      return call.file !== undefined && isStatePath(call.file)
        ? `refused: ${call.tool} would write ${call.file}, Terraform state; a person must do this at their own terminal`
        : undefined;
    case 'shell':
      return judgeShell(call.command, { cwd: call.cwd ?? io.cwd, env: process.env });
  }
}

async function readAll(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
