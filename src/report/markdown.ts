/**
 * The PR comment (docs/design.md section 5): verdict, what would be lost, who can approve; the rest
 * collapsed. Pure: the caller supplies the marker and the approval note.
 */
import { utf16Length } from './budget.js';
import { renderReportMarkdown } from './layout.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';

/** GitHub rejects longer issue comment bodies with 422 (docs/github.md "Comments"). */
export const MAX_COMMENT_LENGTH = 65_536;

export const DEFAULT_TITLE = 'destroy-guard';

export interface MarkdownOptions {
  /** The hidden `<!-- destroy-guard … -->` line that finds the comment again; written first. */
  readonly marker?: string;
  readonly approval?: ApprovalNote;
  /**
   * In UTF-16 code units, as GitHub counts; default MAX_COMMENT_LENGTH. A budget below the
   * smallest honest body (marker, verdict, how many findings are not shown, footer: a few
   * hundred characters) still gets that body.
   */
  readonly maxLength?: number;
  /**
   * Trusted Markdown naming where whatever did not fit can be read, e.g.
   * `[the job summary](https://github.com/o/r/actions/runs/1)`; default `the job summary`.
   */
  readonly detailsPointer?: string;
  /** Default `destroy-guard`; e.g. `destroy-guard (prod)` to tell several guards apart. */
  readonly title?: string;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return renderReportMarkdown(report, {
    marker: options.marker,
    title: options.title ?? DEFAULT_TITLE,
    approval: options.approval,
    budget: options.maxLength ?? MAX_COMMENT_LENGTH,
    measure: utf16Length,
    pointer: options.detailsPointer ?? 'the job summary',
    collapse: true,
    noteLimits: { details: 10, approvers: 30 },
  });
}
