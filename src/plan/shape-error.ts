/**
 * A plan element that the hand-written checks of src/plan/schema.ts refuse. It is thrown where
 * the element is read, and worded by the zod schemas (src/plan/zod-schemas.ts), which load only
 * then: zod is a sixth of the CLI's start-up, and a valid plan never needs it (docs/design.md
 * section 10). Every async entry of the reader (readPlanFile, readPlan, readStdinPlan) passes
 * what it throws through `worded`. Its own message is already a correct one-line refusal, for a
 * caller that reads the plan synchronously.
 */
import { UserError } from '../util/errors.js';
import { REGENERATE, planError } from './messages.js';

/** Which schema of src/plan/zod-schemas.ts judges the element. */
export type PlanShape = 'change' | 'deferred' | 'top';

export class PlanShapeError extends UserError {
  constructor(
    readonly shape: PlanShape,
    readonly raw: unknown,
    readonly where: string,
    readonly displayPath: string,
  ) {
    super(
      planError(
        displayPath,
        `${where === '' ? 'the document' : where} is not plan JSON as Terraform writes it; ${REGENERATE}`,
      ).message,
    );
  }
}

/** `error`, or for a PlanShapeError the one-line refusal that names its first wrong field. */
export async function worded(error: unknown): Promise<unknown> {
  if (!(error instanceof PlanShapeError)) return error;
  const { wordShape } = await import('./zod-schemas.js');
  return wordShape(error);
}
