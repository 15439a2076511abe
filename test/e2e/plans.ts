import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Plan variants written for a scenario, derived from the examples (never printed values). */
export interface PlanChangeJson {
  address: string;
  change: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

type Plan = { resource_changes: PlanChangeJson[] } & Record<string, unknown>;

export function readExample(name: string): Plan {
  return JSON.parse(readFileSync(join('examples', name, 'plan.json'), 'utf8')) as Plan;
}

export function writePlan(dir: string, file: string, plan: Plan): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

export function changeOf(plan: Plan, address: string): PlanChangeJson {
  const found = plan.resource_changes.find((change) => change.address === address);
  if (found === undefined) throw new Error(`no ${address} in the example plan`);
  return found;
}
