/**
 * A mistake the user can fix: bad plan file, bad input value, bad CLI usage. Its message is
 * one line that names the file or input and says what to do. Reported without a stack trace;
 * the CLI exits 2 and the Action fails the step.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** The one way to turn anything thrown into a message (a thrown non-Error is never lost). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * The `code` of a Node system error (`ENOENT`, `EISDIR`) or of a `parseArgs` TypeError
 * (`ERR_PARSE_ARGS_UNKNOWN_OPTION`); undefined for anything else.
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
