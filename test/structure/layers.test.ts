/**
 * The floors of src/ (docs/design.md, "Floors"): a room imports only rooms on lower floors, so
 * the import graph between folders has no cycles and no arrow that runs up. A new folder must
 * be given a floor here and in docs/design.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Lowest first. Rooms on one floor may not import each other either. */
const FLOORS: readonly (readonly string[])[] = [
  ['util'],
  ['plan', 'catalog', 'codeowners'],
  ['assess'],
  ['approval'],
  ['report'],
  ['github', 'engine'],
  ['agent'],
  ['action', 'cli'],
];

const FLOOR_OF = new Map(FLOORS.flatMap((rooms, floor) => rooms.map((room) => [room, floor])));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function roomOf(file: string): string {
  const [room] = path.relative(SRC, file).split(path.sep);
  return room ?? '';
}

/** Every relative module specifier of a file: static imports, re-exports and `import()`. */
function relativeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
  for (const match of source.matchAll(pattern)) if (match[2] !== undefined) found.push(match[2]);
  return found;
}

interface Arrow {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

function arrows(): Arrow[] {
  return sourceFiles(SRC).flatMap((file) =>
    relativeImports(readFileSync(file, 'utf8'))
      .map((spec) => ({
        file: path.relative(SRC, file),
        from: roomOf(file),
        to: roomOf(path.resolve(path.dirname(file), spec)),
      }))
      .filter((arrow) => arrow.from !== arrow.to),
  );
}

describe('the floors of src/', () => {
  it('gives every room of src/ a floor', () => {
    const rooms = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(rooms.filter((room) => !FLOOR_OF.has(room))).toEqual([]);
    const loose = readdirSync(SRC).filter((name) => name.endsWith('.ts'));
    expect(loose, 'every source file lives in a room').toEqual([]);
  });

  it('has no import from a room to one on its own or a higher floor', () => {
    const wrong = arrows()
      .filter((arrow) => (FLOOR_OF.get(arrow.to) ?? -1) >= (FLOOR_OF.get(arrow.from) ?? -1))
      .map((arrow) => `${arrow.file}: ${arrow.from} -> ${arrow.to}`);
    expect(wrong).toEqual([]);
  });

  it('sees the imports it checks (the check can fail)', () => {
    const found = arrows();
    expect(found.some((arrow) => arrow.from === 'assess' && arrow.to === 'catalog')).toBe(true);
    expect(relativeImports("import { a } from '../x.js';\nexport * from './y.js';")).toEqual([
      '../x.js',
      './y.js',
    ]);
  });
});
