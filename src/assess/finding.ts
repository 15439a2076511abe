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

/**
 * What a destroy does to the data (docs/recoverability.md): `lost`; `survives-window` (a
 * soft delete or a scheduled deletion: restorable for a while); `survives` (a final
 * snapshot or retained backups); `refused` (the apply fails at this resource); `not-deleted`
 * (the provider only forgets it).
 */
export const DATA_OUTCOMES = [
  'lost',
  'survives-window',
  'survives',
  'refused',
  'not-deleted',
] as const;
export type DataOutcome = (typeof DATA_OUTCOMES)[number];

/**
 * A piece of a finding's sentence: plain words, or a name or value from the plan (an
 * attribute, an address, a snapshot name) that a renderer shows as code. Findings carry no
 * presentation: Markdown wraps `code` parts in code spans, text and JSON print them as they are.
 */
export type Part = string | { readonly code: string };
export type Parts = readonly Part[];

/** A sentence as plain text: code parts as they are. */
export function plainText(parts: Parts): string {
  let text = '';
  for (const part of parts) text += typeof part === 'string' ? part : part.code;
  return text;
}

/** A name or value from the plan, shown as code. */
export function code(text: string): Part {
  return { code: text };
}

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
  /** Why the change happens, in words a reviewer can act on: plain text of `reasonParts`. */
  readonly reason: string;
  readonly reasonParts: Parts;
  /** What happens to the data, plain text of `recoverabilityParts`; `''` when not applicable. */
  readonly recoverability: string;
  readonly recoverabilityParts: Parts;
  /** The data outcome of a destroy or replace (docs/recoverability.md); absent otherwise. */
  readonly outcome?: DataOutcome;
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
