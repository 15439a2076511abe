/**
 * The approval part of the PR comment, decided by the GitHub side (src/approval/decide.ts)
 * and only rendered by the report module. Absent on the command line.
 */
export interface ApprovalNote {
  readonly status: 'approved' | 'missing' | 'refused' | 'stale' | 'unavailable';
  /** One line: who approved, or why no approval counts. */
  readonly summary: string;
  /** The rules that failed, one line each, plain Markdown-safe text. */
  readonly details: readonly string[];
  /** Who could approve (`@user`, `@org/team`), resolved from CODEOWNERS. */
  readonly approvers: readonly string[];
  /** What to do, e.g. "A CODEOWNER of the paths above applies the `destroy-approved` label." */
  readonly howTo: string;
}
