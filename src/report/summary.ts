/**
 * The full report for the Actions job summary (`GITHUB_STEP_SUMMARY`): the comment's layout,
 * expanded, with a budget the summary file can hold.
 */
import { utf8Length } from './budget.js';
import { renderReportMarkdown } from './layout.js';
import { DEFAULT_TITLE } from './markdown.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';

/**
 * A step's summary is limited to 1 MiB (docs/github.md "JavaScript action conventions"), counted
 * in bytes: the budget is UTF-8 bytes, with room to spare for what other steps append.
 */
export const MAX_SUMMARY_BYTES = 1_000_000;

export interface SummaryOptions {
  readonly approval?: ApprovalNote;
  readonly title?: string;
  /** In UTF-8 bytes; default MAX_SUMMARY_BYTES. */
  readonly maxBytes?: number;
  /** Trusted Markdown naming where the rest is; default the JSON report (the `report` output). */
  readonly detailsPointer?: string;
}

export function renderJobSummary(report: Report, options: SummaryOptions = {}): string {
  return renderReportMarkdown(report, {
    title: options.title ?? DEFAULT_TITLE,
    approval: options.approval,
    budget: options.maxBytes ?? MAX_SUMMARY_BYTES,
    measure: utf8Length,
    pointer: options.detailsPointer ?? 'the JSON report (the `report` output)',
    collapse: false,
    noteLimits: { details: 200, approvers: 500 },
  });
}
