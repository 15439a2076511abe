import type { PlanChange } from '../plan/model.js';
import { plainText, type Parts } from './finding.js';
import { destroyReason, forcingAttributes } from './reasons.js';

/** What a finding shares with every change of the same actions, reason and forcing attributes. */
export interface SharedWords {
  readonly actions: readonly string[];
  readonly forcing: readonly string[];
  /** The reason destroyReason gives; findings of other kinds bring their own. */
  readonly reason: Parts;
}

/** Distinct combinations kept; past this (never seen in real plans) words are made per change. */
const SHARED_LIMIT = 10_000;

/**
 * Words that repeat across changes, shared: a plan of 400,000 replacements has a handful of
 * distinct (actions, reason, forcing attributes), and one copy of each keeps the findings'
 * memory to their addresses (docs/design.md section 10).
 */
export class WordBook {
  readonly #shared = new Map<string, SharedWords>();
  /**
   * The same words by the identity of the change's lists and reason: the plan reader hands
   * over one array for every change whose `actions` (or `replace_paths`) bytes are the same
   * (src/plan/stream/fields.ts), so most changes are found here without making their key.
   */
  readonly #byLists = new WeakMap<
    readonly string[],
    WeakMap<PlanChange['replacePaths'], Map<string | undefined, SharedWords>>
  >();

  wordsOf(change: PlanChange): SharedWords {
    if (change.deposed !== undefined || change.deferredReason !== undefined) {
      return this.#wordsByKey(change);
    }
    let byPaths = this.#byLists.get(change.actions);
    if (byPaths === undefined) {
      byPaths = new WeakMap();
      this.#byLists.set(change.actions, byPaths);
    }
    let byReason = byPaths.get(change.replacePaths);
    if (byReason === undefined) {
      byReason = new Map();
      byPaths.set(change.replacePaths, byReason);
    }
    let words = byReason.get(change.actionReason);
    if (words === undefined) {
      words = this.#wordsByKey(change);
      byReason.set(change.actionReason, words);
    }
    return words;
  }

  #wordsByKey(change: PlanChange): SharedWords {
    const key = `${change.deposed ?? ''}\u0000${change.actions.join(',')}\u0000${change.actionReason ?? ''}\u0000${change.deferredReason ?? ''}\u0000${JSON.stringify(change.replacePaths)}`;
    const known = this.#shared.get(key);
    if (known !== undefined) return known;
    const words: SharedWords = {
      actions: change.actions,
      forcing: forcingAttributes(change.replacePaths),
      reason: destroyReason(change),
    };
    // Deposed keys are unique: those are not worth keeping.
    if (change.deposed === undefined && this.#shared.size < SHARED_LIMIT)
      this.#shared.set(key, words);
    return words;
  }
}

const PLAIN = new WeakMap<Parts, string>();

/** The plain text of shared parts, made once: findings that share words share the string too. */
export function plainOnce(parts: Parts): string {
  let text = PLAIN.get(parts);
  if (text === undefined) {
    text = plainText(parts);
    PLAIN.set(parts, text);
  }
  return text;
}
