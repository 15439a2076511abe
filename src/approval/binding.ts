import type { AcceptedApproval, ApprovalRecord } from './record.js';
import type { ApprovalFacts, Labeling } from './facts.js';

/**
 * Rule 4 (docs/approval.md, "Binding"): a label approves the risky set its author saw. With
 * a trusted record, that is the set the comment showed when the label was applied (strictly
 * later than the comment showed it); a later run keeps the approval while the risky set
 * stays within the approved one. Without a trusted record nothing says what was seen, so
 * the label counts only when GitHub's record of the latest push is older than the label.
 */
export type Binding =
  | { readonly kind: 'binds' }
  | { readonly kind: 'stale'; readonly why: string }
  | { readonly kind: 'unknown'; readonly why: string };

interface ShownSet {
  readonly fingerprint: string;
  readonly set?: readonly string[] | undefined;
}

/** The current set is within the shown one; without the identity list, digests must match. */
export function covers(shown: ShownSet, fingerprint: string, current: readonly string[]): boolean {
  if (shown.set === undefined) return shown.fingerprint === fingerprint;
  const approved = new Set(shown.set);
  return current.every((digest) => approved.has(digest));
}

function isAfter(later: string, earlier: string): boolean {
  return Date.parse(later) > Date.parse(earlier);
}

export function bindLabel(facts: ApprovalFacts, labeling: Labeling): Binding {
  const trust = facts.record;
  if (!trust.trusted) {
    if (facts.latestPushAt === undefined) {
      return {
        kind: 'unknown',
        why: `${trust.why}, and GitHub has no record of the latest push to compare the label with; a code owner must apply the label again after the report is current`,
      };
    }
    return isAfter(labeling.at, facts.latestPushAt)
      ? { kind: 'binds' }
      : {
          kind: 'stale',
          why: `${trust.why}, so a label counts only when applied after the latest push (${facts.latestPushAt}); @${labeling.actor.login} applied it before`,
        };
  }
  const { record, shownAt } = trust;
  if (record.voidedEvent === labeling.eventId) {
    return { kind: 'stale', why: 'this label was voided when the risky changes grew or changed' };
  }
  if (record.approved?.event === labeling.eventId) {
    return covers(record.approved, facts.fingerprint, facts.riskySet)
      ? { kind: 'binds' }
      : {
          kind: 'stale',
          why: `the risky changes grew or changed since @${record.approved.by} approved them`,
        };
  }
  if (!isAfter(labeling.at, shownAt)) {
    return {
      kind: 'stale',
      why: `the label was applied by @${labeling.actor.login} before the comment showed the current risky changes`,
    };
  }
  return covers(record, facts.fingerprint, facts.riskySet)
    ? { kind: 'binds' }
    : {
        kind: 'stale',
        why: `the label was applied by @${labeling.actor.login} for a different set of risky changes than this plan's`,
      };
}

/**
 * What the comment records after this run. `since` is left out here: it is only written
 * when the comment must be rewritten anyway (src/action/guard-pr.ts), so an unchanged report
 * costs no write.
 */
export function nextRecord(
  facts: Pick<ApprovalFacts, 'record' | 'fingerprint' | 'riskySet' | 'labeling'>,
  outcome: { readonly accepted: Labeling | undefined; readonly voided: number | undefined },
): ApprovalRecord {
  const previous = facts.record.trusted ? facts.record.record : undefined;
  const labeling = facts.labeling;
  let approved: AcceptedApproval | undefined;
  if (outcome.accepted !== undefined) {
    approved =
      previous?.approved?.event === outcome.accepted.eventId
        ? previous.approved
        : {
            fingerprint: facts.fingerprint,
            set: facts.riskySet,
            event: outcome.accepted.eventId,
            by: outcome.accepted.actor.login,
          };
  }
  const voided =
    outcome.voided ??
    (previous?.voidedEvent !== undefined && previous.voidedEvent === labeling?.eventId
      ? previous.voidedEvent
      : undefined);
  return {
    fingerprint: facts.fingerprint,
    set: facts.riskySet,
    ...(previous?.fingerprint === facts.fingerprint && previous.since !== undefined
      ? { since: previous.since }
      : {}),
    ...(approved === undefined ? {} : { approved }),
    ...(voided === undefined ? {} : { voidedEvent: voided }),
  };
}

/** The record to write when the comment changes anyway: pins when this set was first shown. */
export function withSince(
  record: ApprovalRecord,
  facts: Pick<ApprovalFacts, 'record'>,
): ApprovalRecord {
  const trust = facts.record;
  if (
    !trust.trusted ||
    trust.record.fingerprint !== record.fingerprint ||
    record.since !== undefined
  )
    return record;
  return { ...record, since: trust.shownAt };
}
