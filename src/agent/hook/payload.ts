import path from 'node:path';
import * as z from 'zod';

/**
 * Claude Code's PreToolUse call (the fields the hook reads) or a plain {"command": …}. Built on
 * first use: every other command of the CLI starts without them (docs/design.md section 10).
 */
function schemas() {
  return {
    claude: z.object({
      tool_name: z.string(),
      tool_input: z.object({ command: z.string() }).passthrough(),
      cwd: z.string().optional(),
    }),
    plain: z.object({ command: z.string(), cwd: z.string().optional() }),
  };
}

export type ToolCall =
  | { readonly kind: 'shell'; readonly command: string; readonly cwd: string | undefined }
  | { readonly kind: 'other-tool'; readonly tool: string; readonly file: string | undefined }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** Tools that run no shell command: the hook lets them be (Claude Code matches on Bash anyway). */
const NON_SHELL_TOOLS = new Set([
  'Read',
  'Write',
  'Edit',
  'MultiEdit',
  'Glob',
  'Grep',
  'LS',
  'WebFetch',
  'WebSearch',
  'TodoWrite',
  'NotebookEdit',
  'Task',
]);

export function readToolCall(raw: string): ToolCall {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'standard input is not JSON' };
  }
  const { claude: ClaudeCall, plain: PlainCall } = schemas();
  const claude = ClaudeCall.safeParse(input);
  if (claude.success) {
    return {
      kind: 'shell',
      command: claude.data.tool_input.command,
      cwd: absolute(claude.data.cwd),
    };
  }
  const plain = PlainCall.safeParse(input);
  if (plain.success)
    return { kind: 'shell', command: plain.data.command, cwd: absolute(plain.data.cwd) };
  const tool = z
    .object({
      tool_name: z.string(),
      tool_input: z
        .object({ file_path: z.string().optional(), notebook_path: z.string().optional() })
        .passthrough()
        .optional(),
    })
    .safeParse(input);
  if (tool.success && NON_SHELL_TOOLS.has(tool.data.tool_name)) {
    const file = tool.data.tool_input?.file_path ?? tool.data.tool_input?.notebook_path;
    return { kind: 'other-tool', tool: tool.data.tool_name, file };
  }
  return {
    kind: 'unreadable',
    reason:
      'it has no command (expected {"tool_name":"Bash","tool_input":{"command":"…"}} or {"command":"…"})',
  };
}

function absolute(cwd: string | undefined): string | undefined {
  return cwd !== undefined && path.isAbsolute(cwd) ? cwd : undefined;
}
