/**
 * The approval part of the report: status, the rules that failed, who could approve and how.
 * Its text comes from src/approval as Markdown; logins, labels and paths inside are made
 * single-line and visible, and long lists are capped so the note cannot crowd out the
 * findings (an unowned path per changed file could be thousands of lines).
 */
import { codeSpan, markdownLine } from './escape.js';
import type { ApprovalNote } from '../approval/note.js';
import { formatCount } from './words.js';

export interface NoteLimits {
  readonly details: number;
  readonly approvers: number;
}

const STATUS_ICONS: Readonly<Record<ApprovalNote['status'], string>> = {
  approved: '✅',
  missing: '⏳',
  refused: '⛔',
  stale: '♻️',
  unavailable: '⚠️',
};

export function renderApprovalNote(
  note: ApprovalNote,
  limits: NoteLimits,
  pointer: string,
  heading: string,
): string {
  const out: string[] = [
    `${heading} Approval\n\n`,
    `${STATUS_ICONS[note.status]} **${markdownLine(note.summary)}**\n\n`,
  ];
  if (note.details.length > 0) {
    for (const detail of note.details.slice(0, limits.details))
      out.push(`- ${markdownLine(detail)}\n`);
    const more = note.details.length - limits.details;
    if (more > 0) out.push(`- … and ${formatCount(more)} more: see ${pointer}\n`);
    out.push('\n');
  }
  if (note.status === 'approved') return out.join('');
  // Code spans: an @mention in a code span does not notify, and this list is rewritten on every push.
  const shown = note.approvers.slice(0, limits.approvers).map((approver) => codeSpan(approver));
  const more = note.approvers.length - shown.length;
  const approvers =
    shown.length === 0
      ? 'nobody yet: no code owner covers the affected paths'
      : `${shown.join(', ')}${more > 0 ? ` and ${formatCount(more)} more (see ${pointer})` : ''}`;
  out.push(`**Who can approve:** ${approvers}\n\n`);
  if (note.howTo !== '') out.push(`**How:** ${markdownLine(note.howTo)}\n\n`);
  return out.join('');
}
