/**
 * Small files and short functions (docs/design.md, "Rooms and floors"): no file of src/ over 300
 * lines and no function over 80, except in a file whose first comment says why with the words
 * "hot loop" (a scanner that must not call out of its inner loop, for instance), and the
 * catalog's data: one line per resource type, thousands of types (docs/catalog.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The catalog's decisions are data, one line or entry per type: their length is the provider's. */
const DATA_FILES = /^catalog\/(data\/[a-z]+\.ts|reviewed\/(?!format|parse|index)[a-z]+\.ts)$/u;

/** A file may exceed the limits only when its opening comment says it holds a hot loop. */
function isHotLoop(text: string): boolean {
  const opening = /^\s*\/\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
  return /hot loop/i.test(opening);
}

/** Lines of every function-like node (declarations, methods, arrows, function expressions). */
export function functionLengths(file: string, text: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name =
        'name' in node && node.name !== undefined ? node.name.getText(source) : '(anonymous)';
      found.push({ name, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the size of src/', () => {
  const files = sourceFiles(SRC).map((file) => ({
    file: path.relative(SRC, file),
    text: readFileSync(file, 'utf8'),
  }));

  it(`has no file over ${MAX_FILE_LINES} lines outside a declared hot loop`, () => {
    const long = files
      .filter(({ file, text }) => !isHotLoop(text) && !DATA_FILES.test(file))
      .map(({ file, text }) => ({ file, lines: text.split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines outside a declared hot loop`, () => {
    const long = files
      .filter(({ text }) => !isHotLoop(text))
      .flatMap(({ file, text }) =>
        functionLengths(file, text)
          // A reviewed list's `lines` getter returns its decisions, one line a type (format.ts).
          .filter(({ name }) => !(DATA_FILES.test(file) && name === 'lines'))
          .filter(({ lines }) => lines > MAX_FUNCTION_LINES)
          .map(({ name, lines }) => `${file}: ${name} is ${lines} lines`),
      );
    expect(long).toEqual([]);
  });

  it('measures functions (the check can fail)', () => {
    const body = Array.from({ length: 90 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const lengths = functionLengths('x.ts', `function big() {\n${body}\n}\nconst f = () => 1;\n`);
    expect(lengths).toEqual([
      { name: 'big', lines: 92 },
      { name: '(anonymous)', lines: 1 },
    ]);
    expect(isHotLoop('/**\n * The scanner: a hot loop.\n */\nexport {}')).toBe(true);
    expect(isHotLoop('// nothing\n/* hot loop */')).toBe(false);
    expect(DATA_FILES.test('catalog/reviewed/aws.ts')).toBe(true);
    expect(DATA_FILES.test('catalog/reviewed/parse.ts')).toBe(false);
    expect(DATA_FILES.test('catalog/index.ts')).toBe(false);
  });
});
