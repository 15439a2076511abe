import type { Finding } from '../assess/finding.js';
import { identityDigest, identityOf } from '../assess/identity.js';
import { fingerprintOf } from '../assess/fingerprint.js';
import type { ApprovalDecision } from './decide.js';
import type { ApprovalMode, Labeling } from './facts.js';
import type { ApprovalNote } from './note.js';
import type { RecordTrust } from './trust.js';
import { code } from './words.js';

/**
 * The approval travels (docs/design.md section 4a, docs/approval.md "At apply time"): on a
 * push or in a merge group, each finding of the plan given is covered when its identity is in
 * the set a valid approval of one of the commit's pull requests covered. The sets come from
 * the trusted record of each PR's comment; the rules 1–5 are then re-checked live on the
 * findings each set covers, by the same decision as on the pull request.
 */
export type ApprovedSet =
  | { readonly kind: 'set'; readonly digests: ReadonlySet<string> }
  /** The record kept only the digest (past its budget): only the whole set is covered. */
  | { readonly kind: 'digest'; readonly fingerprint: string }
  | { readonly kind: 'none'; readonly why: string };

export interface SetFacts {
  readonly mode: ApprovalMode;
  readonly label: string;
  readonly trust: RecordTrust;
  /** The label is on the pull request now. */
  readonly labelPresent: boolean;
  readonly labeling: Labeling | undefined;
}

const NO_RECORD =
  'so nothing says which risky changes its approval covered, and an approval cannot travel without it';

/** The set the PR's approval was given for, from its trusted record; `none` says why not. */
export function approvedSetOf(facts: SetFacts): ApprovedSet {
  const trust = facts.trust;
  if (!trust.trusted) return { kind: 'none', why: `${trust.why}, ${NO_RECORD}` };
  const { record, shownAt } = trust;
  const shown = (fingerprint: string, set: readonly string[] | undefined): ApprovedSet =>
    set === undefined ? { kind: 'digest', fingerprint } : { kind: 'set', digests: new Set(set) };
  // A review approves the commit the comment showed its risky set for (docs/approval.md).
  const reviewSet = facts.mode === 'label' ? undefined : shown(record.fingerprint, record.set);
  const labelSet = facts.mode === 'review' ? undefined : labelApprovedSet(facts, shownAt);
  if (labelSet?.kind !== 'none' && labelSet !== undefined) return labelSet;
  return reviewSet ?? labelSet ?? { kind: 'none', why: 'no approval was given' };
}

function labelApprovedSet(facts: SetFacts, shownAt: string): ApprovedSet {
  const labeling = facts.labeling;
  if (!facts.labelPresent || labeling === undefined)
    return { kind: 'none', why: `the ${code(facts.label)} label is not applied` };
  if (!facts.trust.trusted) return { kind: 'none', why: NO_RECORD };
  const record = facts.trust.record;
  if (record.voidedEvent === labeling.eventId)
    return { kind: 'none', why: 'the label was voided when the risky changes grew or changed' };
  if (record.approved?.event === labeling.eventId) {
    const { fingerprint, set } = record.approved;
    return set === undefined
      ? { kind: 'digest', fingerprint }
      : { kind: 'set', digests: new Set(set) };
  }
  if (Date.parse(labeling.at) > Date.parse(shownAt)) {
    return record.set === undefined
      ? { kind: 'digest', fingerprint: record.fingerprint }
      : { kind: 'set', digests: new Set(record.set) };
  }
  return {
    kind: 'none',
    why: `the label was applied by @${labeling.actor.login} before the comment showed the risky changes`,
  };
}

/** The findings requiring approval that `set` covers (a digest covers all of them or none). */
export function coveredBy(set: ApprovedSet, risky: readonly Finding[]): Finding[] {
  switch (set.kind) {
    case 'none':
      return [];
    case 'digest':
      return fingerprintOf(risky) === set.fingerprint ? [...risky] : [];
    case 'set':
      return risky.filter((finding) => set.digests.has(identityDigest(identityOf(finding))));
  }
}

/** One pull request of the commit: what its approval covers, and the live decision on that. */
export interface PullApproval {
  readonly number: number;
  readonly set: ApprovedSet;
  /** The findings of this plan its set covers. */
  readonly covered: readonly Finding[];
  /** Rules 1–5 decided live on `covered`; absent when it covers nothing. */
  readonly decision: ApprovalDecision | undefined;
}

export interface TravelDecision {
  readonly approved: boolean;
  readonly approvedBy: readonly string[];
  /** Numbers of the pull requests whose approval counted. */
  readonly approvedIn: readonly number[];
  /** Each finding requiring approval that no valid approval covers, with why, one line. */
  readonly uncovered: ReadonlyMap<Finding, string>;
  readonly note: ApprovalNote;
}

/** Shown in the note; the rest are counted (the job summary and annotations name each). */
const MAX_LISTED = 20;

export function subject(finding: Finding): string {
  // A finding about the whole plan (mass-destroy) has no address.
  if (finding.address === '')
    return `the whole plan of ${code(finding.moduleDir)} (${finding.kind.replaceAll('-', ' ')})`;
  const deposed = finding.deposed === undefined ? '' : ` (deposed ${finding.deposed})`;
  return `${code(finding.address)}${deposed} (${finding.actions.join(', ')})`;
}

function pullList(numbers: readonly number[]): string {
  const shown = numbers.map((number) => `#${number}`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
}

function whyNot(pull: PullApproval): string {
  if (pull.set.kind === 'none') return pull.set.why;
  if (pull.covered.length === 0)
    return pull.set.kind === 'digest'
      ? 'its record kept only the digest of the approved set (the set was too large to list), and this plan’s risky set is not that set'
      : 'the approved set does not contain any of this plan’s risky changes';
  const decision = pull.decision;
  if (decision === undefined || decision.approved) return '';
  return [decision.note.summary, ...decision.note.details].filter((line) => line !== '').join(' ');
}

export interface TravelContext {
  /** `push` or `merge group`, for the wording. */
  readonly where: 'push' | 'merge group';
  /** The commit the plan was made for. */
  readonly commit: string;
}

/**
 * The verdict for the plan given: approved when every finding requiring approval is covered
 * by a pull request whose approval still holds for it (rules 1–5, live). One PR's approval
 * covers only the identities in its own set: another PR's commit is never covered by it.
 */
export function decideTravel(
  risky: readonly Finding[],
  pulls: readonly PullApproval[],
  context: TravelContext,
): TravelDecision {
  const holding = pulls.filter((pull) => pull.covered.length > 0 && pull.decision?.approved);
  const covered = new Set(holding.flatMap((pull) => pull.covered));
  const numbers = pulls.map((pull) => pull.number);
  const uncovered = new Map<Finding, string>();
  for (const finding of risky) {
    if (covered.has(finding)) continue;
    uncovered.set(
      finding,
      numbers.length === 0
        ? `no pull request produced commit ${context.commit.slice(0, 12)}, so nothing approved it`
        : `not approved in ${pullList(numbers)}`,
    );
  }
  const approvedBy = [...new Set(holding.flatMap((pull) => pull.decision?.approvedBy ?? []))];
  const approvedIn = holding.map((pull) => pull.number).sort((a, b) => a - b);
  const approved = uncovered.size === 0 && risky.length > 0;
  return {
    approved,
    approvedBy,
    approvedIn,
    uncovered,
    note: noteOf(pulls, uncovered, context, approvedBy, approvedIn),
  };
}

function noteOf(
  pulls: readonly PullApproval[],
  uncovered: ReadonlyMap<Finding, string>,
  context: TravelContext,
  approvedBy: readonly string[],
  approvedIn: readonly number[],
): ApprovalNote {
  const approvers = [
    ...new Set(pulls.flatMap((pull) => pull.decision?.note.approvers ?? [])),
  ].sort();
  const howTo =
    pulls.length === 0
      ? 'Make this change through a pull request a code owner approves; a direct push has no approval path.'
      : `A code owner approves exactly these risky changes on ${pullList(pulls.map((pull) => pull.number))} (the comment shows them), then this job is re-run.`;
  if (uncovered.size === 0) {
    const by = approvedBy.map((login) => `@${login}`).join(', ');
    return {
      status: 'approved',
      summary: `Approved in ${approvedIn.map((number) => `#${number}`).join(', ')} by ${by}: every risky change of this ${context.where} is in a set a code owner approved.`,
      details: [],
      approvers,
      howTo,
    };
  }
  const details: string[] = [];
  for (const pull of pulls) {
    const why = whyNot(pull);
    if (why !== '') details.push(`#${pull.number}: ${why}`);
  }
  const entries = [...uncovered];
  for (const [finding, why] of entries.slice(0, MAX_LISTED))
    details.push(`${subject(finding)}: ${why}`);
  if (entries.length > MAX_LISTED)
    details.push(
      `${entries.length - MAX_LISTED} more risky changes are not covered; the annotations and the JSON report list them`,
    );
  const summary =
    pulls.length === 0
      ? `No pull request produced commit ${context.commit.slice(0, 12)}: nothing approved its ${uncovered.size} risky change${uncovered.size === 1 ? '' : 's'}.`
      : `${uncovered.size} risky change${uncovered.size === 1 ? ' is' : 's are'} not covered by an approval of ${pullList(pulls.map((pull) => pull.number))}.`;
  return { status: pulls.length === 0 ? 'missing' : 'refused', summary, details, approvers, howTo };
}
