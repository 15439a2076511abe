/** What the guard decides about one program run with its arguments. */
export type Decision =
  | { readonly kind: 'pass' }
  | { readonly kind: 'refuse'; readonly reason: string }
  /** terraform/tofu/terragrunt apply: only the shim can run it, through an assessed plan. */
  | { readonly kind: 'apply'; readonly call: ApplyCall };

export interface ApplyCall {
  readonly family: 'terraform' | 'tofu' | 'terragrunt';
  /** Options before the subcommand (`-chdir=DIR`), and terragrunt's own `--flags`. */
  readonly globals: readonly string[];
  /** The saved plan it names, or undefined: plan to a private file first. */
  readonly plan: string | undefined;
  /** Options for `plan -out` when there is no saved plan (apply's planning options). */
  readonly planArgs: readonly string[];
  /** Options that still mean something when applying a saved plan. */
  readonly applyArgs: readonly string[];
  /** The directory paths are relative to: -chdir, else undefined (the working directory). */
  readonly chdir: string | undefined;
}

export const PASS: Decision = { kind: 'pass' };

export function refuse(reason: string): Decision {
  return { kind: 'refuse', reason };
}

/** What a person must do instead of a refused terraform run, as one clause. */
export function planFix(tool: string): string {
  return `plan to a file and apply that saved plan (${tool} plan -out=tfplan, then ${tool} apply tfplan: destroy-guard assesses it first)`;
}

export const PERSON = 'a person must do this at their own terminal after reviewing it';
