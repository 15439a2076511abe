import { objectDigest } from './identity.js';
import { COUNT_OF, emptyCounts, type MutableCounts } from './counts.js';
import { plainOnce, WordBook, type SharedWords } from './shared-words.js';
import type { Catalog } from '../catalog/index.js';
import { classifyActions, isDelete, unknownWords } from '../plan/actions.js';
import type { PlanChange, PlanMeta, PlanSource } from '../plan/model.js';
import type { PlanSummary } from './report.js';
import { code, plainText, type Finding, type FindingKind, type Parts } from './finding.js';
import { detectMassDestroy, emptyTally } from './mass-destroy.js';
import { because, incompleteReason, ORPHAN_REASONS } from './reasons.js';
import { destroyOutcome } from './outcome.js';
import { judgeRecoverability } from './recoverability.js';
import type { Severity } from '../catalog/severity.js';
import { requiresApproval, valuesNeeded } from './needs-values.js';
import { findWeakenings } from './weakened.js';
import { UnreviewedWords } from './unreviewed.js';

export interface AssessOptions {
  readonly catalog: Catalog;
  /** Findings at or above this severity require approval. */
  readonly failOn: Severity;
  /** `--ignore` / `ignore`: addresses left out of the assessment (still counted). */
  readonly isIgnored: (address: string) => boolean;
}

export interface PlanAssessment {
  readonly summary: PlanSummary;
  readonly findings: readonly Finding[];
  /** Destroyed or replaced types the catalog has no decision for, sorted. */
  readonly unreviewedTypes: readonly string[];
}

const NOT_STORED_MODES: ReadonlySet<string> = new Set(['data', 'ephemeral']);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type Detail = {
  readonly reason: Parts;
  readonly recoverability?: Parts;
  readonly alwaysApprove?: boolean;
} & Partial<Pick<Finding, 'category' | 'protections' | 'outcome'>>;

/** Shared by findings that have no protections to show. */
const NONE: readonly never[] = [];

/**
 * Folds one plan's resource changes into findings, one change at a time, so a plan streamed
 * element by element (src/plan/stream/reader.ts) and one parsed whole give identical results and
 * memory does not grow with attribute values.
 */
export class PlanAssessor {
  readonly #source: PlanSource;
  readonly #options: AssessOptions;
  readonly #findings: Finding[] = [];
  readonly #counts: MutableCounts = emptyCounts();
  readonly #tally = emptyTally();
  readonly #unreviewed = new Set<string>();
  readonly #words = new WordBook();
  readonly #unreviewedWords = new UnreviewedWords();

  constructor(source: PlanSource, options: AssessOptions) {
    this.#source = source;
    this.#options = options;
    this.needsValues = valuesNeeded(options);
  }

  /** Bound, so it can be handed to the plan reader as its change sink. */
  readonly add = (change: PlanChange): void => {
    const actionClass = classifyActions(change.actions);
    this.#counts[COUNT_OF[actionClass]] += 1;
    if (change.deferredReason !== undefined) this.#counts.deferred += 1;
    if (this.#options.isIgnored(change.address)) {
      this.#movedIntoIgnored(change);
      return;
    }

    if (actionClass === 'unknown') {
      this.#push(change, 'unknown-action', 'high', {
        reason: [
          'unknown action ',
          code(JSON.stringify(change.actions)),
          ` (${unknownWords(change.actions).join(', ') || 'unexpected order'}): this version of destroy-guard cannot judge it; upgrade destroy-guard or review the change by hand`,
        ],
      });
      return;
    }
    // Data sources are only read; OpenTofu's ephemeral resources are never stored. Any other
    // mode, known or not, is judged as managed: an unexpected word must not hide a delete.
    if (NOT_STORED_MODES.has(change.mode)) return;
    if (change.deposed === undefined) this.#tally.managed += 1;

    switch (actionClass) {
      case 'delete':
      case 'replace-destroy-before-create':
      case 'replace-create-before-destroy':
        this.#destroyed(change);
        return;
      case 'update':
        this.#updated(change);
        return;
      case 'forget':
        this.#push(change, 'forget', 'info', {
          reason: [
            'removed from state without being destroyed',
            ...because(change.actionReason),
            ': the object keeps existing, unmanaged',
          ],
        });
        return;
      default:
        return;
    }
  };

  /** For the plan reader: whether assessing a change reads its attribute values. */
  readonly needsValues: (type: string, actions: readonly string[]) => boolean | readonly string[];

  finish(meta: PlanMeta): PlanAssessment {
    const planLevel: Finding[] = [];
    const incomplete = incompleteReason(meta);
    if (incomplete !== undefined)
      planLevel.push(this.#planFinding('incomplete-plan', 'high', incomplete, []));
    const mass = detectMassDestroy(this.#tally);
    if (mass !== undefined) {
      planLevel.push({
        ...this.#planFinding('mass-destroy', 'critical', mass.reason, ['delete']),
        identity: mass.identity,
      });
    }
    return {
      summary: {
        path: this.#source.path,
        moduleDir: this.#source.moduleDir,
        formatVersion: meta.formatVersion,
        terraformVersion: meta.terraformVersion,
        errored: meta.errored,
        complete: meta.complete,
        counts: { ...this.#counts },
      },
      findings: [...planLevel, ...this.#findings],
      unreviewedTypes: [...this.#unreviewed].sort(),
    };
  }

  #destroyed(change: PlanChange): void {
    const deleting = isDelete(change.actions);
    if (deleting && change.deposed === undefined) {
      this.#tally.deletes += 1;
      this.#tally.deletedAddresses.push(change.address);
      if (change.actionReason === undefined) this.#tally.reasonless += 1;
      else if (ORPHAN_REASONS.has(change.actionReason)) this.#tally.orphans += 1;
    }
    const entry = this.#options.catalog.lookup(change.type);
    const words = this.#words.wordsOf(change);
    if (entry === undefined) {
      this.#notStateful(change, words, deleting);
      return;
    }
    const reason = words.reason;
    const judged = judgeRecoverability(
      this.#options.catalog.protectionsFor(change.type),
      change.before,
      change.beforeSensitive,
    );
    const kind: FindingKind =
      entry.backup !== undefined ? 'backup-destroyed' : deleting ? 'destroy' : 'replace';
    const decided = destroyOutcome(entry, change.actions, judged);
    this.#push(
      change,
      kind,
      decided.severity,
      {
        reason,
        category: entry.category,
        recoverability: decided.parts,
        protections: judged.protections,
        ...(decided.outcome === undefined ? {} : { outcome: decided.outcome }),
      },
      words,
    );
  }

  /**
   * A stateful resource moved (`previous_address`) to an address `ignore` matches: from now
   * on its destroy would go unreported, so the move itself requires approval.
   */
  #movedIntoIgnored(change: PlanChange): void {
    const from = change.previousAddress;
    if (from === undefined || from === change.address || this.#options.isIgnored(from)) return;
    if (NOT_STORED_MODES.has(change.mode)) return;
    const entry = this.#options.catalog.lookup(change.type);
    if (entry === undefined) return;
    this.#push(change, 'protection-weakened', 'high', {
      reason: [
        'moved from ',
        code(from),
        ' to an address that ',
        code('ignore'),
        ' matches: a later destroy of it would go unreported',
      ],
      category: entry.category,
      alwaysApprove: true,
    });
  }

  /**
   * A decided `none` is an other-destroy; an unreviewed type is judged by its name. Most
   * changes of a large plan come here: what they say is made once per words and type.
   */
  #notStateful(change: PlanChange, words: SharedWords, deleting: boolean): void {
    if (this.#options.catalog.decide(change.type).status !== 'unreviewed') {
      this.#push(change, 'other-destroy', 'low', { reason: words.reason }, words);
      return;
    }
    this.#unreviewed.add(change.type);
    const said = this.#unreviewedWords.of(words.reason, change.type);
    const kind = !said.holdsData ? 'other-destroy' : deleting ? 'destroy' : 'replace';
    const detail = { reason: said.reason, recoverability: said.recoverability };
    this.#push(change, kind, said.holdsData ? 'high' : 'low', detail, words);
  }

  #updated(change: PlanChange): void {
    const weakenings = findWeakenings(
      this.#options.catalog.updateProtectionsFor(change.type),
      change,
    );
    if (weakenings.length === 0) return;
    this.#push(change, 'protection-weakened', 'high', {
      reason: weakenings.flatMap((weakening, index) =>
        index === 0 ? weakening.parts : ['; ', ...weakening.parts],
      ),
      category: this.#options.catalog.lookup(change.type)?.category ?? '',
      protections: weakenings.map((weakening) => weakening.value),
    });
  }

  #push(
    change: PlanChange,
    kind: FindingKind,
    severity: Severity,
    detail: Detail,
    words: SharedWords = this.#words.wordsOf(change),
  ): void {
    const recoverability = detail.recoverability ?? NONE;
    const requiresApproval =
      detail.alwaysApprove === true || this.#requiresApproval(kind, severity);
    const finding: Mutable<Finding> = {
      kind,
      severity,
      requiresApproval,
      plan: this.#source.path,
      moduleDir: this.#source.moduleDir,
      address: change.address,
      type: change.type,
      actions: words.actions,
      category: detail.category ?? '',
      reason: plainOnce(detail.reason),
      reasonParts: detail.reason,
      recoverability: plainOnce(recoverability),
      recoverabilityParts: recoverability,
      forcingAttributes: words.forcing,
      protections: detail.protections ?? NONE,
    };
    if (change.deposed !== undefined) finding.deposed = change.deposed;
    if (detail.outcome !== undefined) finding.outcome = detail.outcome;
    // Only a finding that requires approval has an identity (src/assess/identity.ts).
    const object = requiresApproval ? objectDigest(change.before) : '';
    if (object !== '') finding.object = object;
    this.#findings.push(finding);
  }

  #planFinding(
    kind: FindingKind,
    severity: Severity,
    reason: Parts,
    actions: readonly string[],
  ): Finding {
    return {
      kind,
      severity,
      requiresApproval: this.#requiresApproval(kind, severity),
      plan: this.#source.path,
      moduleDir: this.#source.moduleDir,
      address: '',
      type: '',
      actions,
      category: '',
      reason: plainText(reason),
      reasonParts: reason,
      recoverability: '',
      recoverabilityParts: [],
      forcingAttributes: [],
      protections: [],
    };
  }

  #requiresApproval(kind: FindingKind, severity: Severity): boolean {
    return requiresApproval(kind, severity, this.#options.failOn);
  }
}
