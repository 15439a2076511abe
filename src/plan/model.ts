/**
 * The parts of a plan JSON document the engine reads, after validation. Attribute values
 * (`before`, `after`) are carried as `unknown` and only ever read through the catalog's
 * protection attributes (see src/assess/read-protection.ts); nothing else looks inside them.
 */

/** One entry of `resource_changes` (or the `resource_change` of a `deferred_changes` entry). */
export interface PlanChange {
  readonly address: string;
  /** Absent at the root module. */
  readonly moduleAddress?: string;
  /** `managed`, `data`, or (OpenTofu 1.11+) `ephemeral`. */
  readonly mode: string;
  readonly type: string;
  readonly name: string;
  readonly providerName: string;
  /** Opaque key of a deposed object; a change is unique by address + deposed. */
  readonly deposed?: string;
  readonly actions: readonly string[];
  /** A display hint only: decisions are made from `actions` (docs/plan-format.md, "actions"). */
  readonly actionReason?: string;
  /** Attribute paths that force a replacement (`replace_paths`, Terraform 1.0+). */
  readonly replacePaths: readonly (readonly (string | number)[])[];
  readonly before: unknown;
  readonly after: unknown;
  /** `true`, `false`, or an object/array of marks mirroring `before`; can be a bare `false`. */
  readonly beforeSensitive: unknown;
  readonly afterSensitive: unknown;
  /** `after_unknown`: `true` where a value is only known after apply (absent from `after`). */
  readonly afterUnknown: unknown;
  /** `previous_address` (Terraform 1.1+): where a `moved` block brought it from. */
  readonly previousAddress?: string;
  /** Set for entries of `deferred_changes` (Terraform 1.9+): why the change was deferred. */
  readonly deferredReason?: string;
}

/** Plan-level facts, known once the whole document has been read. */
export interface PlanMeta {
  readonly formatVersion: string;
  readonly terraformVersion: string;
  /** `errored: true` (1.6+): `plan -out` failed but wrote a partial plan. */
  readonly errored: boolean;
  /** `complete: false` (1.8+): more changes will follow after this plan is applied. */
  readonly complete: boolean;
  readonly applyable?: boolean;
}

/** Where a plan came from: the path as the user wrote it and its module directory. */
export interface PlanSource {
  /** Path shown in reports (as given, or `-` for standard input). */
  readonly path: string;
  /** Repository-relative directory whose CODEOWNERS approve this plan. */
  readonly moduleDir: string;
}
