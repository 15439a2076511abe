import type { Owner } from '../codeowners/index.js';

/**
 * Everything the approval decision needs, gathered live from the API by src/github/ and
 * handed over as plain data, so the rules of PRODUCT.md section 4 are one pure function.
 */
export type ApprovalMode = 'label' | 'review' | 'label-or-review';

export interface Account {
  readonly login: string;
  /** `User`, `Bot`, `Organization`, as the API reports it. */
  readonly type: string;
}

/** The most recent `labeled` event for the approval label, after any `unlabeled` one. */
export interface Labeling {
  readonly eventId: number;
  readonly actor: Account;
  /** ISO 8601, GitHub's clock. */
  readonly at: string;
  /** Set when an app applied the label on someone's behalf (`performed_via_github_app`). */
  readonly viaApp?: string;
}

/** A reviewer's latest review state (later reviews supersede earlier ones). */
export interface Review {
  readonly user: Account;
  readonly state: string;
  readonly commitId: string;
}

/** A path the approval must cover, with the owners CODEOWNERS gives it. */
export interface AffectedPath {
  readonly path: string;
  readonly moduleDir: string;
  readonly owners: readonly Owner[];
  /** CODEOWNERS line that decided it; absent when no rule matches. */
  readonly line?: number;
}

/** What the action's own comment recorded on earlier runs (trusted only from that comment). */
export interface ApprovalRecord {
  /** The risky set the comment showed. */
  readonly fingerprint?: string;
  /** The risky set an approval was accepted for. */
  readonly approved?: string;
  /** A labeling event voided because the risky set changed after it. */
  readonly voidedEvent?: number;
  /** When the comment was last written (the API's `updated_at`). */
  readonly publishedAt?: string;
}

export type Membership = 'active' | 'not-member' | 'unknown';

export interface ApprovalFacts {
  readonly mode: ApprovalMode;
  readonly label: string;
  readonly author: Account;
  readonly headSha: string;
  readonly allowSelfApproval: boolean;
  readonly fingerprint: string;
  readonly record: ApprovalRecord | undefined;
  /** This run was started by the `labeled` event for this label at the current head. */
  readonly triggeredByLabel: boolean;
  readonly labelPresent: boolean;
  readonly labeling: Labeling | undefined;
  readonly reviews: readonly Review[];
  readonly affected: readonly AffectedPath[];
  /** Team memberships that were looked up, keyed `login@org/slug` (logins lower-cased). */
  readonly memberships: ReadonlyMap<string, Membership>;
  /** Why team membership may be unreadable, for the comment (e.g. the permission to add). */
  readonly membershipHint: string;
}

export function membershipKey(login: string, org: string, slug: string): string {
  return `${login.toLowerCase()}@${org.toLowerCase()}/${slug.toLowerCase()}`;
}
