import { judgeUnreviewedName } from '../catalog/unreviewed.js';
import { code, type Parts } from './finding.js';

/** How the delete of a type nobody has reviewed is reported (docs/catalog.md, "Unreviewed types"). */
export interface UnreviewedDestroy {
  readonly holdsData: boolean;
  /** Appended to the finding's reason: what the tool did not know and how to tell it. */
  readonly reason: Parts;
  readonly recoverability: Parts;
}

/**
 * A type without a decision is never silently configuration: when its name says it holds
 * data, its delete is judged like a stateful one at high, and either way the reason says how
 * to classify the type so the next run knows.
 */
export function judgeUnreviewedDestroy(type: string): UnreviewedDestroy {
  const judged = judgeUnreviewedName(type);
  if (judged.word !== undefined) {
    return {
      holdsData: true,
      reason: [
        code(type),
        ` is not in destroy-guard's catalog and its name says it holds data ("${judged.word}"); if it holds none, classify it with `,
        code(`stateful-types: ${type}=none`),
      ],
      recoverability: [
        'unknown: destroy-guard has not reviewed this type, so assume the data is lost unless backed up elsewhere',
      ],
    };
  }
  return {
    holdsData: false,
    reason: [
      code(type),
      " is not in destroy-guard's catalog; if it holds data, classify it with ",
      code(`stateful-types: ${type}=high`),
      ' (or critical)',
    ],
    recoverability: [],
  };
}

/**
 * What the destroy of an unreviewed type says after a change's own reason, made once per
 * reason and type: a large plan has many changes of few types and few reasons, and findings
 * that share their parts share their plain text too (src/assess/shared-words.ts).
 */
export class UnreviewedWords {
  readonly #said = new WeakMap<Parts, Map<string, UnreviewedDestroy>>();

  /** The judgement of `type`, its reason `changeReason` followed by what the tool did not know. */
  of(changeReason: Parts, type: string): UnreviewedDestroy {
    let byType = this.#said.get(changeReason);
    if (byType === undefined) {
      byType = new Map();
      this.#said.set(changeReason, byType);
    }
    let said = byType.get(type);
    if (said === undefined) {
      const judged = judgeUnreviewedDestroy(type);
      said = { ...judged, reason: [...changeReason, '; ', ...judged.reason] };
      byType.set(type, said);
    }
    return said;
  }
}
