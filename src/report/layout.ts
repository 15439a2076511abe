/**
 * The Markdown report, shared by the PR comment (collapsed, 65,536 characters) and the job
 * summary (expanded, 1 MB): first screen = verdict, what would be lost, approval; then the
 * other findings, the per-plan counts and a footer.
 *
 * Within the budget, the least important parts give way first (dorny/test-reporter's
 * `trimReport` idea, done per row instead of per character): per-plan counts, then other
 * findings, then the long "why" and "data" texts are shortened, then rows of approval-requiring
 * findings are left out, most severe kept, with a line saying exactly how many are missing.
 * Tables and `<details>` are only ever emitted whole, so nothing is left open.
 */
import type { Finding } from '../assess/finding.js';
import { bySeverityDescending } from '../catalog/severity.js';
import { fitRows, rowsOf, type Fitted, type Measure } from './budget.js';
import { codeSpan, escapeHtml, escapeText } from './escape.js';
import type { PlanSummary, Report, Verdict } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';
import { renderApprovalNote, type NoteLimits } from './note.js';
import {
  approvalCounts,
  FINDING_HEADER,
  findingRow,
  isShortened,
  PLAN_HEADER,
  planContextFor,
  planKey,
  planRow,
  type PlanContext,
} from './rows.js';
import { describeUnreviewed, describeVerdict, formatCount, plural } from './words.js';
import { byCodeUnit } from '../util/compare.js';

export interface LayoutOptions {
  readonly marker?: string | undefined;
  readonly title: string;
  readonly approval?: ApprovalNote | undefined;
  readonly budget: number;
  readonly measure: Measure;
  /** Trusted Markdown naming where the rest is, e.g. `[the job summary](https://…)`. */
  readonly pointer: string;
  /** `<details>` for the comment; headings for the job summary. */
  readonly collapse: boolean;
  readonly noteLimits: NoteLimits;
}

const VERDICT_ICONS: Readonly<Record<Verdict, string>> = {
  pass: '✅',
  approved: '✅',
  blocked: '🛑',
};

interface Section {
  /** Heading or `<details><summary>`, then the table header, then what closes it. */
  readonly open: string;
  readonly head: string;
  readonly close: string;
}

/** The report split into what the budget may cut (sections of rows) and what it may not. */
interface Parts {
  readonly required: readonly Finding[];
  readonly others: readonly Finding[];
  readonly plans: readonly PlanSummary[];
  readonly context: PlanContext | undefined;
  /** Marker, verdict, and the pass sentence when nothing requires approval. */
  readonly head: string;
  readonly note: string;
  readonly footer: string;
  readonly lost: Section;
  readonly otherSection: Section;
  readonly planSection: Section;
}

function partsOf(report: Report, options: LayoutOptions): Parts {
  const required: Finding[] = [];
  const others: Finding[] = [];
  for (const finding of report.findings) {
    (finding.requiresApproval ? required : others).push(finding);
  }
  // The report is already in this order (build-report.ts); a stable sort keeps its tie-breaks.
  required.sort(bySeverityDescending);
  others.sort(bySeverityDescending);
  const plans = groupedPlans(report.plans);
  const context = planContextFor(plans);
  const { collapse } = options;
  const failOn = report.failOn;

  const marker = options.marker === undefined || options.marker === '' ? '' : `${options.marker}\n`;
  const verdict = `${collapse ? '###' : '##'} ${VERDICT_ICONS[report.verdict]} ${escapeText(options.title)}: ${report.verdict} — ${escapeText(describeVerdict(report, required))}\n\n`;
  const lower =
    others.length === 0
      ? '.'
      : `; ${plural(others.length, 'lower-severity finding')} ${others.length === 1 ? 'is' : 'are'} listed below.`;
  const pass =
    required.length > 0 ? '' : `Nothing is at or above fail-on ${codeSpan(failOn)}${lower}\n\n`;
  const subheading = collapse ? '####' : '###';
  const otherTitle = (threshold: string) =>
    `Other findings (${plural(others.length, 'finding')} below fail-on ${threshold}, not blocking)`;
  const planTitle = `Plans (${plural(plans.length, 'plan')})`;
  return {
    required,
    others,
    plans,
    context,
    head: marker + verdict + pass,
    note:
      options.approval === undefined
        ? ''
        : renderApprovalNote(options.approval, options.noteLimits, options.pointer, subheading),
    footer: `${unreviewedLine(report)}<sub>fingerprint ${codeSpan(report.fingerprint)} · fail-on ${codeSpan(failOn)} · ${plural(plans.length, 'plan')}</sub>\n`,
    lost: {
      open: `${subheading} What would be lost\n\n`,
      head: FINDING_HEADER,
      close: '\n',
    },
    otherSection: section(
      collapse,
      otherTitle(`<code>${escapeHtml(failOn)}</code>`),
      otherTitle(codeSpan(failOn)),
      FINDING_HEADER,
    ),
    planSection: section(collapse, escapeHtml(planTitle), escapeText(planTitle), PLAN_HEADER),
  };
}

function unreviewedLine(report: Report): string {
  const count = report.unreviewedTypes.length;
  return count === 0 ? '' : `${escapeText(describeUnreviewed(count))}.\n\n`;
}

function section(collapse: boolean, summaryHtml: string, heading: string, head: string): Section {
  // A blank line after `<summary>` ends the HTML block, so the table inside is Markdown.
  return collapse
    ? { open: `<details><summary>${summaryHtml}</summary>\n\n`, head, close: '\n</details>\n\n' }
    : { open: `### ${heading}\n\n`, head, close: '\n' };
}

function frameSize(part: Section, measure: Measure): number {
  return measure(part.open) + measure(part.head) + measure(part.close);
}

/** Sorted by module directory, then path: plans of one root module stay together. */
function groupedPlans(plans: readonly PlanSummary[]): PlanSummary[] {
  return [...plans].sort(
    (a, b) => byCodeUnit(a.moduleDir, b.moduleDir) || byCodeUnit(a.path, b.path),
  );
}

const SHORTENED = 'the full text of long reasons';

export function renderReportMarkdown(report: Report, options: LayoutOptions): string {
  const { measure, pointer } = options;
  const parts = partsOf(report, options);
  const { required, others, plans, context, lost, otherSection, planSection } = parts;

  const requiredOmission = (left: number): string =>
    `\n**⚠️ ${formatCount(left)} of the ${plural(required.length, 'finding')} that ${required.length === 1 ? 'requires' : 'require'} approval ${left === 1 ? 'is' : 'are'} not shown here (size limit): see ${pointer}.**\n`;
  const rowOmission = (noun: string) => (left: number) =>
    `\n_… and ${plural(left, `more ${noun}`)}: see ${pointer}._\n`;
  const dropped = (what: readonly string[]): string =>
    what.length === 0 ? '' : `_Left out for length: ${what.join('; ')}. See ${pointer}._\n\n`;
  const othersWord = plural(others.length, 'other finding');
  const plansWord = `per-plan counts (${plural(plans.length, 'plan')})`;

  // The "left out" line is reserved at its longest so what follows can use the rest.
  const reserve = measure(dropped([SHORTENED, othersWord, plansWord]));
  let available = options.budget - measure(parts.head + parts.note + parts.footer) - reserve;
  const lostFrame = required.length === 0 ? 0 : frameSize(lost, measure);
  if (available < lostFrame + measure(requiredOmission(required.length))) {
    // Not even one row would fit (a tiny budget, a huge note): the verdict and the count.
    const missing =
      required.length === 0 ? '' : `${requiredOmission(required.length).trimStart()}\n`;
    return parts.head + missing + parts.footer;
  }

  const findingRows = (findings: readonly Finding[], short: boolean) =>
    rowsOf(findings, (finding) => findingRow(finding, context, short ? 'short' : 'full'));
  let lostRows = fitRows(
    findingRows(required, false),
    available - lostFrame,
    requiredOmission,
    measure,
  );
  let otherRows: Fitted | undefined;
  let planRows: Fitted | undefined;
  let shortened = false;
  if (lostRows.shown === required.length) {
    available -= lostFrame + lostRows.size;
    if (others.length > 0) {
      const frame = frameSize(otherSection, measure);
      otherRows = fitRows(
        findingRows(others, false),
        available - frame,
        rowOmission('finding'),
        measure,
      );
      available -= frame + otherRows.size;
    }
    if (otherRows === undefined || otherRows.shown === others.length) {
      const approvals = approvalCounts(required);
      const rows = rowsOf(plans, (plan) =>
        planRow(plan, approvals.get(planKey(plan.moduleDir, plan.path)) ?? 0),
      );
      planRows = fitRows(
        rows,
        available - frameSize(planSection, measure),
        rowOmission('plan'),
        measure,
      );
    }
  } else {
    lostRows = fitRows(
      findingRows(required, true),
      available - lostFrame,
      requiredOmission,
      measure,
    );
    shortened = required.slice(0, lostRows.shown).some(isShortened);
  }
  if (otherRows?.shown === 0) otherRows = undefined;
  if (planRows?.shown === 0) planRows = undefined;

  return assemble(parts, { lostRows, otherRows, planRows, shortened }, (left) =>
    dropped(
      left.map((what) =>
        what === 'shortened' ? SHORTENED : what === 'others' ? othersWord : plansWord,
      ),
    ),
  );
}

interface Fits {
  readonly lostRows: Fitted;
  readonly otherRows: Fitted | undefined;
  readonly planRows: Fitted | undefined;
  readonly shortened: boolean;
}

/** The comment in reading order, with the line that says what was left out for length. */
function assemble(
  parts: ReturnType<typeof partsOf>,
  fits: Fits,
  droppedLine: (left: readonly ('shortened' | 'others' | 'plans')[]) => string,
): string {
  const { required, others, plans, lost, otherSection, planSection } = parts;
  const { lostRows, otherRows, planRows } = fits;
  const out: string[] = [parts.head];
  if (required.length > 0) {
    out.push(lost.open, lostRows.shown > 0 ? lost.head : '', ...lostRows.lines, lost.close);
  }
  out.push(parts.note);
  if (otherRows !== undefined)
    out.push(otherSection.open, otherSection.head, ...otherRows.lines, otherSection.close);
  if (planRows !== undefined)
    out.push(planSection.open, planSection.head, ...planRows.lines, planSection.close);
  const left: ('shortened' | 'others' | 'plans')[] = [];
  if (fits.shortened) left.push('shortened');
  if (otherRows === undefined && others.length > 0) left.push('others');
  if (planRows === undefined && plans.length > 0) left.push('plans');
  out.push(droppedLine(left), parts.footer);
  return out.join('');
}
