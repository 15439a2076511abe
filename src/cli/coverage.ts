import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import type { Catalog, Decision } from '../catalog/index.js';
import { judgeUnreviewedName } from '../catalog/unreviewed.js';
import { decodePlanText } from '../plan/decode.js';
import { escapeInvisible } from '../report/escape.js';
import { errorCode, errorMessage, UserError } from '../util/errors.js';

/** One resource type of the user's providers, as `terraform providers schema -json` lists it. */
export interface SchemaType {
  readonly type: string;
  /** The provider's source address (`registry.terraform.io/hashicorp/aws`). */
  readonly provider: string;
}

/**
 * Only the keys coverage reads; everything else in the (large) document is ignored. Built when
 * the command runs, so other commands start without it.
 */
function schemaOfSchema() {
  return z.object({
    format_version: z.string(),
    provider_schemas: z.record(
      z.string(),
      z.object({ resource_schemas: z.record(z.string(), z.unknown()).optional() }),
    ),
  });
}

const HOW = 'give the output of `terraform providers schema -json > schema.json`';

/** Reads the schema document's resource types. Throws a one-line UserError naming the file. */
export function readSchemaTypes(path: string, cwd: string): SchemaType[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (error) {
    const problem =
      errorCode(error) === 'ENOENT' ? 'no such file' : errorMessage(error).split('\n')[0];
    throw new UserError(`${path}: cannot read it (${problem}); ${HOW}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(decodePlanText(bytes).text);
  } catch {
    throw new UserError(`${path}: not JSON; ${HOW}`);
  }
  const parsed = schemaOfSchema().safeParse(document);
  if (!parsed.success) {
    throw new UserError(`${path}: not provider schemas (no provider_schemas); ${HOW}`);
  }
  const types: SchemaType[] = [];
  for (const [provider, schema] of Object.entries(parsed.data.provider_schemas)) {
    // Printed to a terminal: invisible and control characters are shown escaped.
    for (const type of Object.keys(schema.resource_schemas ?? {})) {
      types.push({ type: escapeInvisible(type), provider: escapeInvisible(provider) });
    }
  }
  return types;
}

type Status = Decision['status'];
/** Unreviewed first: those are what the user must look at. */
const ORDER: Readonly<Record<Status, number>> = {
  unreviewed: 0,
  stateful: 1,
  safeguard: 2,
  none: 3,
};
const WORDS: Readonly<Record<Status, string>> = {
  unreviewed: 'unreviewed',
  stateful: 'stateful',
  safeguard: 'safeguard',
  none: 'not stateful',
};

interface Row {
  readonly type: string;
  readonly provider: string;
  readonly decision: Decision;
}

function rowsOf(types: readonly SchemaType[], catalog: Catalog): Row[] {
  return types
    .map(({ type, provider }) => ({ type, provider, decision: catalog.decide(type) }))
    .sort(
      (a, b) =>
        ORDER[a.decision.status] - ORDER[b.decision.status] ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
}

function countsOf(rows: readonly Row[]): Record<Status, number> {
  const counts: Record<Status, number> = { unreviewed: 0, stateful: 0, safeguard: 0, none: 0 };
  for (const row of rows) counts[row.decision.status] += 1;
  return counts;
}

/** What the row says beyond the decision: category and severity, or the name judgement. */
function detailOf(decision: Decision, type: string): Record<string, string> {
  switch (decision.status) {
    case 'unreviewed': {
      const word = judgeUnreviewedName(type).word;
      return { judgedByName: word === undefined ? 'configuration' : `holds data (${word})` };
    }
    case 'none':
      return {
        source: decision.source,
        ...(decision.reviewedAt === undefined ? {} : { reviewedAt: decision.reviewedAt }),
        ...(decision.reason === undefined ? {} : { reason: decision.reason }),
      };
    default:
      return {
        category: decision.entry.category,
        severity: decision.entry.severity,
        ...(decision.entry.backup === undefined ? {} : { backup: decision.entry.backup }),
        source: decision.source,
        ...(decision.reviewedAt === undefined ? {} : { reviewedAt: decision.reviewedAt }),
        ...(decision.reason === undefined ? {} : { reason: decision.reason }),
      };
  }
}

export function renderCoverageJson(
  path: string,
  types: readonly SchemaType[],
  catalog: Catalog,
): string {
  const rows = rowsOf(types, catalog);
  const document = {
    version: 1,
    schema: path,
    counts: countsOf(rows),
    types: rows.map((row) => ({
      type: row.type,
      provider: row.provider,
      decision: row.decision.status,
      ...detailOf(row.decision, row.type),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderCoverageText(types: readonly SchemaType[], catalog: Catalog): string {
  const rows = rowsOf(types, catalog);
  const table = rows.map((row) => {
    const detail = detailOf(row.decision, row.type);
    const what =
      row.decision.status === 'unreviewed'
        ? `judged by name: ${detail.judgedByName ?? ''}`
        : [detail.category, detail.severity, detail.reviewedAt ?? detail.source]
            .filter((cell) => cell !== undefined)
            .join(' · ');
    return [row.type, WORDS[row.decision.status], what];
  });
  const counts = countsOf(rows);
  const lines = align([['TYPE', 'DECISION', 'DETAIL'], ...table]);
  lines.push(
    '',
    `${rows.length} resource types: ${counts.unreviewed} unreviewed, ${counts.stateful} stateful, ${counts.safeguard} safeguard, ${counts.none} not stateful`,
  );
  if (counts.unreviewed > 0) {
    lines.push(
      'Classify each unreviewed type with --stateful-types / the stateful-types input: TYPE=none (holds no data) or TYPE=critical|high.',
    );
  }
  return `${lines.join('\n')}\n`;
}

function align(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
