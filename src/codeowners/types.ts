/** A CODEOWNERS owner as GitHub accepts it: `@user`, `@org/team` or an email address. */
export type Owner =
  | { readonly kind: 'user'; readonly login: string }
  | { readonly kind: 'team'; readonly org: string; readonly slug: string }
  | { readonly kind: 'email'; readonly email: string };

/** One valid line of CODEOWNERS. `owners` is empty when the line clears ownership. */
export interface CodeownersRule {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The pattern as written, escapes included. */
  readonly pattern: string;
  readonly owners: readonly Owner[];
}

/** A line GitHub skips, as `GET /repos/{owner}/{repo}/codeowners/errors` would list it. */
export interface CodeownersError {
  readonly line: number;
  /** The line as written (without its line break). */
  readonly text: string;
  /** Starts with GitHub's error kind: "Invalid pattern" or "Invalid owner". */
  readonly reason: string;
}

/**
 * The owners GitHub assigns to one path. No `rule`: no line matches. A `rule` with no owners:
 * the last matching line has no owners, which clears ownership. Either way nobody owns it.
 */
export interface OwnerMatch {
  readonly rule?: CodeownersRule;
  readonly owners: readonly Owner[];
}

export interface Codeowners {
  readonly rules: readonly CodeownersRule[];
  readonly errors: readonly CodeownersError[];
  /** Owners of a repository-relative path (`a/b.tf`; a leading `./` or `/` is ignored). */
  ownersOf(path: string): OwnerMatch;
}
