import type { Readable } from 'node:stream';
import { PlanAssessor, type PlanAssessment } from '../assess/assess-plan.js';
import { buildReport } from '../assess/build-report.js';
import type { Severity } from '../catalog/severity.js';
import { buildCatalog } from '../catalog/index.js';
import { resolvePlanInputs } from './plan-inputs.js';
import { readStdinPlan } from '../plan/stdin.js';
import { readPlan } from '../plan/open.js';
import type { PlanChange } from '../plan/model.js';
import type { StreamOptions } from '../plan/stream/reader.js';
import type { ReadEvent } from './progress.js';
import type { Report } from '../assess/report.js';
import { UserError } from '../util/errors.js';
import { globMatcher } from '../util/glob.js';

export interface EngineOptions {
  readonly failOn: Severity;
  readonly statefulTypes: readonly string[];
  readonly ignore: readonly string[];
  /** Base for relative plan paths. */
  readonly cwd: string;
  /** Repository root: module directories are relative to it. */
  readonly workspace: string;
  /** Where `-` reads from. */
  readonly stdin: Readable;
  /** Told how far a plan read in pieces has come (src/engine/progress.ts paces it). */
  readonly progress?: (event: ReadEvent) => void;
  /** A plan file outside `workspace` without `MODULE_DIR=` is bad input (the Action's rule). */
  readonly refuseOutside?: boolean;
}

/**
 * Plan paths/globs in, one report out: the whole engine behind the CLI and the Action.
 * Every bad input surfaces as a UserError naming the file and the fix.
 */
export async function assessPlans(
  lines: readonly string[],
  options: EngineOptions,
): Promise<Report> {
  const catalog = buildCatalog(options.statefulTypes);
  const isIgnored = options.ignore.length === 0 ? () => false : globMatcher(options.ignore);
  const inputs = await resolvePlanInputs(lines, {
    cwd: options.cwd,
    workspace: options.workspace,
    refuseOutside: options.refuseOutside === true,
  });
  // A blank argument (an unset "$PLAN") must never read as "nothing to destroy".
  if (inputs.length === 0) {
    throw new UserError(
      'plan: no plan file given (only blank paths); write one with `terraform show -json tfplan > plan.json` and pass its path',
    );
  }
  const assessments: PlanAssessment[] = [];
  for (const input of inputs) {
    const assess = { catalog, failOn: options.failOn, isIgnored };
    let assessor = new PlanAssessor(input.source, assess);
    const told = options.progress;
    const path = input.source.path;
    const stream: StreamOptions = {
      needsValues: assessor.needsValues,
      // The reader may hand over changes as its first pass checks them, then start over.
      restart: () => {
        assessor = new PlanAssessor(input.source, assess);
      },
      ...(told === undefined
        ? {}
        : { progress: (phase, done, total) => told({ path, phase, done, total }) }),
    };
    const add = (change: PlanChange): void => assessor.add(change);
    const meta =
      input.filePath === '-'
        ? await readStdinPlan(options.stdin, input.source.path, add, { stream })
        : await readPlan(input.filePath, input.source.path, add, stream);
    assessments.push(assessor.finish(meta));
  }
  return buildReport(assessments, options.failOn);
}
