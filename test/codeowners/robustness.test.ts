import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesPattern, parseCodeowners } from '../../src/codeowners/index.js';

/** Characters CODEOWNERS treats specially, plus some ordinary and multi-unit ones. */
const tricky = fc.constantFrom(
  'a',
  'b',
  '.',
  '/',
  '*',
  '?',
  '\\',
  '#',
  '!',
  '@',
  ' ',
  '\t',
  '\r',
  '\n',
  '[',
  ']',
  'é',
  '😀',
  '\uFEFF',
  '\uD800',
);
const trickyText = fc.array(tricky, { maxLength: 60 }).map((chars) => chars.join(''));

describe('robustness', () => {
  it('never throws, whatever the text and the path', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), trickyText),
        fc.oneof(fc.string({ unit: 'binary' }), trickyText),
        (text, path) => {
          const co = parseCodeowners(text);
          co.ownersOf(path);
          for (const rule of co.rules) matchesPattern(rule.pattern, path);
          for (const error of co.errors)
            expect(error.reason).toMatch(/^Invalid (pattern|owner): /u);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // The index must never change the answer: compare with trying every rule, last line first.
  it('finds the same deciding line as a scan of every rule', () => {
    const segment = fc.constantFrom(
      'a',
      'b',
      'ab',
      'c.tf',
      '*',
      '**',
      '?',
      'a*',
      '*.tf',
      '*b',
      'a?',
      '[a]',
    );
    const pattern = fc
      .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(
        ([lead, segments, trail]) => `${lead ? '/' : ''}${segments.join('/')}${trail ? '/' : ''}`,
      );
    const line = fc
      .tuple(pattern, fc.constantFrom('', ' @x', ' @o/t', ' a@b.c', ' @x @y'))
      .map(([p, o]) => `${p}${o}`);
    const path = fc
      .array(fc.constantFrom('a', 'b', 'ab', 'c.tf', 'x.tf', 'b.tf', '[a]', 'a?'), {
        minLength: 1,
        maxLength: 5,
      })
      .map((segments) => segments.join('/'));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 25 }),
        fc.array(path, { minLength: 1, maxLength: 10 }),
        (lines, paths) => {
          const co = parseCodeowners(lines.join('\n'));
          for (const p of paths) {
            const expected = [...co.rules]
              .reverse()
              .find((rule) => matchesPattern(rule.pattern, p));
            expect(co.ownersOf(p).rule).toBe(expected);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('parses a 3 MB file and its odd shapes quickly', () => {
    const size = 3 * 1024 * 1024;
    const lines: string[] = [];
    for (let n = 0, total = 0; total < size; n += 1) {
      const text = `/team-${n}/service-${n}/**/*.tf   @org/team-${n % 500} @user-${n} # note ${n}\r`;
      lines.push(text);
      total += text.length + 1;
    }
    const started = performance.now();
    const co = parseCodeowners(lines.join('\n'));
    for (const odd of [
      'a'.repeat(size),
      '/'.repeat(size),
      '\\'.repeat(size),
      '*a'.repeat(size / 2),
      '#'.repeat(size),
    ]) {
      parseCodeowners(odd).ownersOf('a/'.repeat(2000));
    }
    const elapsed = performance.now() - started;
    console.log(
      `parsing a 3 MB CODEOWNERS (${lines.length} lines) and five 3 MB odd shapes: ${elapsed.toFixed(0)} ms`,
    );
    expect(co.ownersOf('team-7/service-7/x/main.tf').rule?.line).toBe(8);
    // Catastrophic backtracking would take minutes; the bound leaves room for a loaded machine.
    expect(elapsed).toBeLessThan(25_000);
  });

  it('matches 10,000 paths against 5,000 rules without backtracking', () => {
    const rules = ['* @org/everyone'];
    for (let i = 1; rules.length < 5000; i += 1) {
      const shapes = [
        `/services/svc-${i}/ @org/team-${i % 97}`,
        `/infra/env-${i}/**/*.tf @org/infra-${i % 13}`,
        `*.ext${i} @user${i}`,
        `docs/area-${i}/* @docs${i}`,
        `**/logs-${i} @ops`,
        `/apps/app-${i}/src/ @app${i} a${i}@example.com`,
        `modules/m${i}/main.tf`,
        `test_${i}_*.py @qa`,
        `src/*/x${i}.ts @x`,
        `lib-${i}/ @lib`,
      ];
      rules.push(shapes[i % shapes.length] ?? '');
    }
    const paths: string[] = [];
    for (let i = 0; paths.length < 10_000; i += 1) {
      const j = (i * 7919) % 5000;
      const shapes = [
        `services/svc-${j}/cmd/main.go`,
        `infra/env-${j}/a/b/main.tf`,
        `docs/area-${j}/x.md`,
        `deep/a/b/c/d/e/f/logs-${j}/x.log`,
        `apps/app-${j}/src/index.ts`,
        `unrelated/path/${i}/file.txt`,
        `tests/test_${j}_unit.py`,
        `a/b/c/d/e/f/g/h/i/j/k/file${i}.ext${j}`,
      ];
      paths.push(shapes[i % shapes.length] ?? '');
    }
    const co = parseCodeowners(rules.join('\n'));
    const started = performance.now();
    let decided = 0;
    for (const path of paths) if (co.ownersOf(path).rule !== undefined) decided += 1;
    const elapsed = performance.now() - started;
    console.log(`matching 10,000 paths against 5,000 rules: ${elapsed.toFixed(1)} ms`);
    expect(decided).toBe(10_000);
    // A matcher that backtracks or rescans every rule per path segment takes tens of seconds.
    expect(elapsed).toBeLessThan(10_000);
  });
});
