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
