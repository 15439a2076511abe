import { digestOf } from './fingerprint.js';
import { code, type Parts } from './finding.js';

/**
 * A wrong state file, workspace or backend shows up as a plan that destroys most of what it
 * manages; `terraform plan -destroy` as one where every change is a delete with no reason
 * (docs/plan-format.md "Traps": destroy-mode plans carry no flag).
 */
export const MASS_DESTROY_MIN_DELETES = 5;
export const MASS_DESTROY_MIN_SHARE = 0.5;

export interface DestroyTally {
  /** Managed objects the plan knows (deposed objects excluded). */
  managed: number;
  /** Of those, plain deletes. */
  deletes: number;
  /** Deletes whose configuration is gone (`delete_because_no_resource_config`, `no_module`). */
  orphans: number;
  /** Deletes with no `action_reason` (destroy mode, or Terraform before 1.1). */
  reasonless: number;
  readonly deletedAddresses: string[];
}

export function emptyTally(): DestroyTally {
  return { managed: 0, deletes: 0, orphans: 0, reasonless: 0, deletedAddresses: [] };
}

export interface MassDestroy {
  readonly reason: Parts;
  readonly identity: string;
}

function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`;
}

export function detectMassDestroy(tally: DestroyTally): MassDestroy | undefined {
  const { managed, deletes, orphans, reasonless } = tally;
  if (deletes === 0) return undefined;
  const identity = digestOf(tally.deletedAddresses);
  if (deletes === managed && reasonless === deletes) {
    return {
      identity,
      reason: [
        `every resource in this plan is destroyed (${deletes} of ${managed}) and none has a reason: a destroy-mode plan (`,
        code('terraform plan -destroy'),
        '); check it targets the workspace you mean',
      ],
    };
  }
  if (deletes >= MASS_DESTROY_MIN_DELETES && deletes / managed >= MASS_DESTROY_MIN_SHARE) {
    const why =
      orphans > 0
        ? `, ${orphans} of them because their configuration is missing: the signature of a wrong state file, workspace or backend`
        : ': check the plan ran against the right state, workspace and backend';
    return {
      identity,
      reason: [
        `the plan destroys ${deletes} of the ${managed} resources it manages (${percent(deletes, managed)})${why}`,
      ],
    };
  }
  return undefined;
}
