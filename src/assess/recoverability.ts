import type { Protection } from '../catalog/types.js';
import type { DataOutcome, Part, Parts, ProtectionValue } from './finding.js';
import { days, JUDGES, type Context, type Reading, type Statement } from './judges.js';
import { readProtection } from './read-protection.js';

/**
 * What a destroy does to the data, judged from the protection attributes in `change.before`
 * (providers read them from state at destroy time, docs/plan-format.md). The rule is in
 * docs/recoverability.md: each attribute says one thing; the strongest of those decides.
 */
export interface Recoverability {
  /** `undefined` when no attribute says anything: the caller says "no guard known". */
  readonly outcome: DataOutcome | undefined;
  readonly parts: Parts;
  /** The attributes that decided, with their values (sensitive ones without). */
  readonly protections: readonly ProtectionValue[];
  /** For `survives-window`: how long, when known. */
  readonly windowDays?: number;
}

/**
 * The rule (docs/recoverability.md): the provider never deletes it → `not-deleted`; else it
 * refuses → `refused`; else a lasting copy → `survives`; else a copy for a while →
 * `survives-window`; else `lost`. A judge only says "survives" when nothing else the type
 * sets defeats that copy (a purge, backups deleted with it), so a loss is never outvoted.
 */
const RANK: Readonly<Record<DataOutcome, number>> = {
  'not-deleted': 0,
  refused: 1,
  survives: 2,
  'survives-window': 3,
  lost: 4,
};

const LEAD: Readonly<Record<DataOutcome, string>> = {
  'not-deleted': 'not deleted: ',
  refused: 'the delete is refused: ',
  survives: 'survives: ',
  'survives-window': 'survives for a while, then lost: ',
  lost: 'lost: ',
};

function lead(outcome: DataOutcome, windowDays: number | undefined): string {
  return outcome === 'survives-window' && windowDays !== undefined
    ? `survives for ${days(windowDays)}, then lost: `
    : LEAD[outcome];
}

export function judgeRecoverability(
  protections: readonly Protection[],
  before: unknown,
  beforeSensitive: unknown,
): Recoverability {
  const readings = protections.map((protection) => ({
    protection,
    read: readProtection(before, beforeSensitive, protection),
  }));
  const context: Context = { readings };
  const said: { statement: Statement; reading: Reading }[] = [];
  for (const reading of readings) {
    if (reading.read.origin === 'absent') continue; // the provider version has no such guard
    const statement = JUDGES[reading.protection.effect](reading.read, reading.protection, context);
    if (statement !== undefined) said.push({ statement, reading });
  }
  if (said.length === 0) return { outcome: undefined, parts: [], protections: [] };
  const best = Math.min(...said.map(({ statement }) => RANK[statement.outcome]));
  const deciding = said.filter(({ statement }) => RANK[statement.outcome] === best);
  const outcome = deciding[0]?.statement.outcome ?? 'lost';
  const windows = deciding.flatMap(({ statement }) =>
    statement.windowDays === undefined ? [] : [statement.windowDays],
  );
  const windowDays = windows.length === 0 ? undefined : Math.max(...windows);
  const parts: Part[] = [lead(outcome, windowDays)];
  deciding.forEach(({ statement }, index) => {
    if (index > 0) parts.push('; ');
    parts.push(...statement.parts);
  });
  const used = deciding.map(({ reading }) => valueOf(reading));
  return windowDays === undefined
    ? { outcome, parts, protections: used }
    : { outcome, parts, protections: used, windowDays };
}

function valueOf({ protection, read }: Reading): ProtectionValue {
  return read.sensitive
    ? { attribute: protection.path }
    : { attribute: protection.path, before: read.value ?? null };
}
