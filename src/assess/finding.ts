import type { Category } from '../catalog/types.js';
import type { Severity } from '../catalog/severity.js';

export const FINDING_KINDS = [
  'destroy',
  'replace',
  'backup-destroyed',
  'protection-weakened',
  'mass-destroy',
  'incomplete-plan',
  'unknown-action',
  'other-destroy',
  'forget',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A protection attribute's value, printed only when the plan does not mark it sensitive. */
export interface ProtectionValue {
  readonly attribute: string;
  /** `undefined` = absent; `'(sensitive)'` never appears: sensitive values are dropped. */
  readonly before?: boolean | number | string | null;
  readonly after?: boolean | number | string | null;
}

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly requiresApproval: boolean;
  /** Plan path as given by the user. */
  readonly plan: string;
  /** The plan's module directory (CODEOWNERS scope, part of the fingerprint). */
  readonly moduleDir: string;
  /** Resource address; empty for plan-level findings (mass-destroy, incomplete-plan). */
  readonly address: string;
  readonly deposed?: string;
  readonly type: string;
  readonly actions: readonly string[];
  /** Catalog category, or `''` for types the catalog does not know. */
  readonly category: Category | '';
  /** Why the change happens, in words a reviewer can act on. */
  readonly reason: string;
  /** What happens to the data; `''` when not applicable. */
  readonly recoverability: string;
  /** Attributes that force the replacement (`replace_paths`), as `a.b[0]`. */
  readonly forcingAttributes: readonly string[];
  /** Protection attributes that changed (protection-weakened) or decided recoverability. */
  readonly protections: readonly ProtectionValue[];
  /**
   * Extra identity for the fingerprint where address + actions do not pin the change down
   * (mass-destroy: a digest of the destroyed addresses, so a bigger destroy voids an approval).
   */
  readonly identity?: string;
  /**
   * Digest of the real object the change acts on (`id`/`arn`/`self_link` in `change.before`),
   * part of the finding's identity (src/assess/identity.ts); never printed.
   */
  readonly object?: string;
}
