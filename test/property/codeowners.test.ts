/**
 * CODEOWNERS with GitHub's semantics (PRODUCT.md section 4, rule 2): the parser never throws,
 * the last matching line wins (an owner-less one clears ownership), and a line appended that
 * matches a path decides that path's owners. The model decides matches with `matchesPattern`
 * rule by rule, as a reader of the file would, never with the indexed lookup under test.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatOwner, matchesPattern, parseCodeowners } from '../../src/codeowners/index.js';
import { RunLog } from './support.js';

const log = new RunLog('test/property/codeowners.test.ts');
afterAll(() => log.report());

/** Characters CODEOWNERS treats specially, line breaks, BOMs, lone surrogates and plain text. */
const trickyChar = fc.constantFrom(
  'a',
  'b',
  '.',
  '/',
  '*',
  '**',
  '?',
  '\\',
  '#',
  '!',
  '@',
  '@a',
  '@o/t',
  'x@y.z',
  ' ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '[',
  ']',
  'é',
  '😀',
  '\uFEFF',
  '\uD800',
  '\u0000',
  '\u2028',
);
const trickyText = fc.array(trickyChar, { maxLength: 120 }).map((chars) => chars.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  trickyText,
);

/** Small alphabets, so random rules and paths match each other often. */
const PATTERN_SEGMENTS = ['a', 'b', 'ab', 'c.tf', '*', '**', '?', 'a*', '*.tf', '*b', 'a?'];
const PATH_SEGMENTS = ['a', 'b', 'ab', 'c.tf', 'x.tf', 'd', 'a.b'];
const OWNERS = ['@alice', '@bob', '@acme/dba', '@acme/platform', 'carol@example.com'];

const pattern = fc
  .record({
    segments: fc.array(fc.constantFrom(...PATTERN_SEGMENTS), { minLength: 1, maxLength: 4 }),
    anchored: fc.boolean(),
    directory: fc.boolean(),
    invalid: fc.constantFrom('', '', '', '', '', '', '!', '***'),
  })
  .map(({ segments, anchored, directory, invalid }) => {
    const body = `${anchored ? '/' : ''}${segments.join('/')}${directory ? '/' : ''}`;
    return invalid === '!' ? `!${body}` : invalid === '***' ? `${body}/***` : body;
  });
const path = fc
  .array(fc.constantFrom(...PATH_SEGMENTS), { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join('/'));
const owners = fc.uniqueArray(fc.constantFrom(...OWNERS), { maxLength: 3 });
const rule = fc.record({ pattern, owners, comment: fc.boolean() });

type Rule = { pattern: string; owners: string[]; comment: boolean };

function fileOf(rules: readonly Rule[], lineEnd: '\n' | '\r\n'): string {
  return rules
    .map(
      (r) =>
        `${r.pattern}${r.owners.length === 0 ? '' : ` ${r.owners.join(' ')}`}${r.comment ? ' # note' : ''}`,
    )
    .join(lineEnd);
}

/** The model: the owners of the last rule whose pattern matches, or none. */
function modelOwners(
  rules: readonly Rule[],
  target: string,
): { line: number; owners: string[] } | undefined {
  for (let i = rules.length - 1; i >= 0; i -= 1) {
    const r = rules[i];
    if (r !== undefined && matchesPattern(r.pattern, target))
      return { line: i + 1, owners: r.owners };
  }
  return undefined;
}

describe('CODEOWNERS', () => {
  it('the parser and the lookup never throw, whatever the text and the path', () => {
    const name = 'parseCodeowners/ownersOf never throw on any text and path';
    fc.assert(
      fc.property(anyText, fc.oneof(anyText, path), (text, target) => {
        const parsed = parseCodeowners(text);
        parsed.ownersOf(target);
        for (const r of parsed.rules) {
          expect(typeof matchesPattern(r.pattern, target)).toBe('boolean');
          expect(r.line).toBeGreaterThan(0);
        }
        for (const error of parsed.errors)
          expect(error.reason).toMatch(/^Invalid (pattern|owner): /u);
      }),
      log.params(name, 1000, 301),
    );
  });

  it('last match wins: the owners are those of the last rule whose pattern matches the path', () => {
    const name = 'last-match-wins over random rule lists (small pattern/path alphabets)';
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 25 }),
        fc.array(path, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        (rules, targets, lineEnd) => {
          const parsed = parseCodeowners(fileOf(rules, lineEnd));
          for (const target of targets) {
            const expected = modelOwners(rules, target);
            const actual = parsed.ownersOf(target);
            log.outcome(
              name,
              expected === undefined
                ? 'no rule matches'
                : expected.owners.length === 0
                  ? 'owner-less rule wins'
                  : 'owned',
            );
            expect(actual.owners.map(formatOwner), `${target} in\n${fileOf(rules, '\n')}`).toEqual(
              expected?.owners ?? [],
            );
            expect(actual.rule?.line, target).toBe(expected?.line);
          }
        },
      ),
      log.params(name, 2000, 302),
    );
  });

  it('appending a line that matches a path makes that line decide its owners', () => {
    const name = 'appended matching line decides (any prior text, incl. owner-less lines)';
    const matching = fc.tuple(path, pattern, owners).chain(([target, random, lineOwners]) => {
      const segments = target.split('/');
      const derived = [
        target,
        `/${target}`,
        `**/${segments.at(-1) ?? ''}`,
        '*',
        '**',
        `${segments[0] ?? ''}/`,
        `/${segments.slice(0, -1).join('/')}/`,
        `*${(segments.at(-1) ?? '').slice(-2)}`,
        random,
      ];
      const candidates = derived.filter((candidate) => matchesPattern(candidate, target));
      return fc
        .constantFrom(...candidates)
        .map((chosen) => ({ target, pattern: chosen, owners: lineOwners }));
    });
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.array(rule, { maxLength: 15 }).map((rules) => fileOf(rules, '\n')),
        ),
        matching,
        (text, appended) => {
          const line = `${appended.pattern}${appended.owners.length === 0 ? '' : ` ${appended.owners.join(' ')}`}`;
          const parsed = parseCodeowners(`${text}\n${line}\n`);
          const actual = parsed.ownersOf(appended.target);
          log.outcome(name, appended.owners.length === 0 ? 'clears ownership' : 'sets owners');
          expect(
            actual.owners.map(formatOwner),
            `${appended.target} after appending ${JSON.stringify(line)}`,
          ).toEqual(appended.owners);
          expect(actual.rule?.pattern).toBe(appended.pattern);
        },
      ),
      log.params(name, 2000, 303),
    );
  });
});
