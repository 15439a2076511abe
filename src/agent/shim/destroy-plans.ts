/**
 * Plans saved by `plan -destroy`, remembered by digest in the shim directory: such a plan exists
 * only to delete everything, and the shim refuses to apply it even when its deletions hold no
 * data the catalog knows.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FILE = '.destroy-plans';

export function isDestroyPlan(shimDir: string, digest: string): boolean {
  try {
    return readFileSync(path.join(shimDir, FILE), 'utf8').split('\n').includes(digest);
  } catch {
    return false;
  }
}

/** false when it could not be written (then the plan must not be left to be applied). */
export function rememberDestroyPlan(shimDir: string, digest: string): boolean {
  try {
    appendFileSync(path.join(shimDir, FILE), `${digest}\n`, { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}
