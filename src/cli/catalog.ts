import { parseArgs } from 'node:util';
import { buildCatalog, parseStatefulTypes, providerOf } from '../catalog/index.js';
import type { Catalog, StatefulTypeRule } from '../catalog/index.js';
import type { CatalogEntry, Protection } from '../catalog/types.js';
import { errorCode, errorMessage, UserError } from '../util/errors.js';
import { readSchemaTypes, renderCoverageJson, renderCoverageText } from './coverage.js';
import type { SchemaType } from './coverage.js';
import { EXIT_OK, EXIT_USAGE, type CliIo, type Command } from './io.js';
import { byCodeUnit } from '../util/compare.js';

export const CATALOG_USAGE = `Usage: destroy-guard catalog [--json] [--coverage SCHEMA.json] [--stateful-types LINE]...
  --json            print { "version": 1, "entries": [...] } instead of a table
  --coverage        the decision for each resource type of \`terraform providers schema -json\`
                    output, unreviewed types first
  --stateful-types  TYPE_OR_GLOB[=critical|high|medium|low|none], repeatable`;

/** Version of the `--json` document; bump it when a field changes meaning. */
const JSON_VERSION = 1;

/** `destroy-guard catalog`: the stateful catalog as the engine sees it after overrides. */
export const catalogCommand: Command = async (args, io) => run(args, io);

function run(args: readonly string[], io: CliIo): number {
  let values: { json?: boolean; help?: boolean; coverage?: string; 'stateful-types'?: string[] };
  try {
    ({ values } = parseArgs({
      args: [...args],
      allowPositionals: false,
      strict: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        coverage: { type: 'string' },
        'stateful-types': { type: 'string', multiple: true },
      },
    }));
  } catch (error) {
    io.stderr(`destroy-guard catalog: ${usageProblem(error)}; see destroy-guard catalog --help\n`);
    return EXIT_USAGE;
  }
  if (values.help === true) {
    io.stdout(`${CATALOG_USAGE}\n`);
    return EXIT_OK;
  }
  const lines = values['stateful-types'] ?? [];
  let catalog: Catalog;
  let rules: readonly StatefulTypeRule[];
  let schemaTypes: SchemaType[] | undefined;
  try {
    catalog = buildCatalog(lines);
    rules = parseStatefulTypes(lines);
    if (values.coverage !== undefined) schemaTypes = readSchemaTypes(values.coverage, io.cwd);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`destroy-guard catalog: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (values.coverage !== undefined && schemaTypes !== undefined) {
    io.stdout(
      values.json === true
        ? renderCoverageJson(values.coverage, schemaTypes, catalog)
        : renderCoverageText(schemaTypes, catalog),
    );
    return EXIT_OK;
  }
  const entries = withUserTypes(catalog, rules);
  const globs = rules.filter((rule) => rule.glob);
  io.stdout(values.json === true ? renderJson(entries, globs) : renderText(entries, globs));
  return EXIT_OK;
}

/** parseArgs errors are multi-sentence; keep the first line and name the option plainly. */
function usageProblem(error: unknown): string {
  const message = errorMessage(error).split('\n')[0] ?? '';
  const code = errorCode(error);
  const option = /'([^']+)'/u.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    return `unknown option ${option}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && option !== undefined) {
    return `unexpected argument ${JSON.stringify(option)}`;
  }
  return message;
}

/** Built-in entries plus the exact types only the user names, sorted by type. */
function withUserTypes(catalog: Catalog, rules: readonly StatefulTypeRule[]): CatalogEntry[] {
  const byType = new Map(catalog.entries.map((entry) => [entry.type, entry]));
  for (const rule of rules) {
    if (rule.glob || byType.has(rule.pattern)) continue;
    const entry = catalog.lookup(rule.pattern);
    if (entry !== undefined) byType.set(entry.type, entry);
  }
  return [...byType.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function renderJson(entries: readonly CatalogEntry[], globs: readonly StatefulTypeRule[]): string {
  const document = {
    version: JSON_VERSION,
    entries: entries.map((entry) => ({ provider: providerOf(entry.type), ...entry })),
    ...(globs.length > 0
      ? { globs: globs.map((rule) => ({ pattern: rule.pattern, severity: rule.severity })) }
      : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const HEADER = ['TYPE', 'PROVIDER', 'CATEGORY', 'SEVERITY', 'BACKUP', 'PROTECTIONS'] as const;

function renderText(entries: readonly CatalogEntry[], globs: readonly StatefulTypeRule[]): string {
  const rows = entries.map((entry) => [
    entry.type,
    providerOf(entry.type),
    entry.category,
    entry.severity,
    entry.backup ?? '-',
    showProtections(entry.protections ?? []),
  ]);
  const lines = alignColumns([[...HEADER], ...rows]);

  const perProvider = new Map<string, number>();
  for (const entry of entries) {
    const provider = providerOf(entry.type);
    perProvider.set(provider, (perProvider.get(provider) ?? 0) + 1);
  }
  const counts = [...perProvider].sort(([a, x], [b, y]) => y - x || byCodeUnit(a, b));
  lines.push('', 'Resource types per provider:');
  lines.push(...alignColumns(counts.map(([provider, count]) => [`  ${provider}`, String(count)])));
  lines.push(`  total ${entries.length}`);

  if (globs.length > 0) {
    lines.push('', 'Globs from --stateful-types (later lines win):');
    for (const rule of globs) lines.push(`  ${rule.pattern}=${rule.severity}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `deletion_protection=false, final_snapshot_identifier`: a default follows `=` when documented. */
function showProtections(protections: readonly Protection[]): string {
  if (protections.length === 0) return '-';
  return protections
    .map((p) => (p.default === undefined ? p.path : `${p.path}=${String(p.default)}`))
    .join(', ');
}

/** Pads every column but the last to its widest cell. */
function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
