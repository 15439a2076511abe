/** Small wording helpers for the approval note (plain Markdown-safe text, see src/report/note.ts). */
export const code = (text: string): string => `\`${text.replaceAll('`', "'")}\``;

export function listPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).map(code).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}
