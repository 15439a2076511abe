import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');

/** The rows of the Markdown table that follows an HTML comment tag in the README. */
function tableAfter(tag: string): string[][] {
  const start = readme.indexOf(`<!-- ${tag}`);
  expect(start, `README has no ${tag} marker`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n').slice(1);
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/u)
        .map((cell) => cell.trim().replaceAll('\\|', '|')),
    );
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`(.*)`$/u, '$1');

describe('README tables equal action.yml', () => {
  it('lists every input with its default and description', () => {
    const rows = tableAfter('inputs-table');
    expect(rows.map((row) => unquote(row[0] ?? ''))).toEqual(Object.keys(action.inputs));
    for (const row of rows) {
      const name = unquote(row[0] ?? '');
      const input = action.inputs[name]!;
      const shownDefault = row[1] === '(required)' ? undefined : unquote(row[1] ?? '');
      if (input.required === true) expect(row[1]).toBe('(required)');
      else if (name === 'owners-token') expect(shownDefault).toBe('github-token');
      else expect(shownDefault).toBe(input.default ?? '');
      expect(row[2]).toBe(input.description);
    }
  });

  it('lists every output', () => {
    const rows = tableAfter('outputs-table');
    expect(rows.map((row) => unquote(row[0] ?? ''))).toEqual(Object.keys(action.outputs));
    for (const row of rows) expect(row[1]).toBe(action.outputs[unquote(row[0] ?? '')]?.description);
  });

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
