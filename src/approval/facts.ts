import type { Owner } from '../codeowners/index.js';
import type { RecordTrust } from './trust.js';

/**
 * Everything the approval decision needs, gathered live from the API by src/github/ and
 * handed over as plain data, so the rules of docs/approval.md are pure functions.
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

/** A Terraform file the approval must cover, with the owners CODEOWNERS gives it. */
export interface AffectedPath {
  readonly path: string;
  readonly moduleDir: string;
  readonly owners: readonly Owner[];
  /** CODEOWNERS line that decided it; absent when no rule matches. */
  readonly line?: number;
}

export type Membership = 'active' | 'not-member' | 'unknown';

/** `permission` of `GET /repos/{o}/{r}/collaborators/{user}/permission`. */
export type Permission = 'admin' | 'write' | 'read' | 'none';

/** The logins that authored or committed the PR's commits (merges of the base excluded). */
export interface Contributors {
  readonly logins: readonly string[];
  /** False past GitHub's 250-commit listing: then nobody's independence can be confirmed. */
  readonly complete: boolean;
}

export interface ApprovalFacts {
  readonly mode: ApprovalMode;
  readonly label: string;
  readonly author: Account;
  readonly headSha: string;
  readonly allowSelfApproval: boolean;
  readonly fingerprint: string;
  /** Identity digests of the findings that require approval (src/assess/identity.ts). */
  readonly riskySet: readonly string[];
  readonly record: RecordTrust;
  /** GitHub's record of the latest push to the head (only read when the record is untrusted). */
  readonly latestPushAt: string | undefined;
  /** The label is on the pull request now (its live labels). */
  readonly labelPresent: boolean;
  readonly labeling: Labeling | undefined;
  readonly reviews: readonly Review[];
  readonly affected: readonly AffectedPath[];
  /** Risky module directories with no Terraform file at base nor in the PR. */
  readonly emptyModules: readonly string[];
  readonly contributors: Contributors;
  /** Looked-up permissions, keyed by lower-cased login. */
  readonly permissions: ReadonlyMap<string, Permission>;
  /** Team memberships that were looked up, keyed `login@org/slug` (logins lower-cased). */
  readonly memberships: ReadonlyMap<string, Membership>;
  /** Why team membership may be unreadable, for the comment (e.g. the permission to add). */
  readonly membershipHint: string;
}

export function membershipKey(login: string, org: string, slug: string): string {
  return `${login.toLowerCase()}@${org.toLowerCase()}/${slug.toLowerCase()}`;
}
