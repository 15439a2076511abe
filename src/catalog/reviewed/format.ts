/**
 * The shape of a provider's reviewed list: one decision per resource type, one line per type,
 * so adding or changing a decision is a one-line edit. Types that need protection attributes
 * (what decides whether the data survives a destroy) have a full entry in `../data/` instead;
 * a type is decided in exactly one of the two places.
 *
 * A line is one of:
 *
 *     TYPE stateful CATEGORY SEVERITY   # optional reason (required where the call is ambiguous)
 *     TYPE safeguard data|policy        # backups, snapshots, replicas (data); plans, schedules (policy)
 *     TYPE none                         # not stateful: re-created from configuration, nothing lost
 *
 * CATEGORY is one of `CATEGORIES` (../types.ts); SEVERITY is `critical` or `high` (a stateful
 * destroy requires approval at the default `fail-on`). Blank lines and lines starting with `#`
 * are ignored. See docs/catalog.md for how decisions are made.
 */
export interface ReviewedList {
  /** Provider name as it prefixes its types (`aws`, `azurerm`, `google`, `kubernetes`). */
  readonly provider: string;
  /** The provider version (or date of the provider's sources) the decisions were made against. */
  readonly reviewedAt: string;
  /**
   * The decision lines, as described above. Each list writes them in a getter: a string
   * literal at a module's top level is parsed and interned when the bundle loads (about 4 ms
   * of the CLI's start-up for the 400 KB of lists), one inside a function only when the
   * function first runs, that is, at the first lookup in that provider's list.
   */
  readonly lines: string;
}
