/**
 * Any bytes as a plan file: the CLI exits 0/1 with a report that lists the plan, or 2 with one
 * line naming the file. Never an internal error, never a thrown exception, never a pass for a
 * document the reader did not accept (PRODUCT.md sections 3, 7 and 9).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anyBytes,
  byteFlips,
  deepNesting,
  encodedAndWrapped,
  hugeNumbers,
  planShaped,
  truncation,
  wrongTypes,
  type Sample,
} from './bytes.js';
import { judgeOutcome } from './oracle.js';
import { RunLog, Scratch, runIn } from './support.js';

const FILE = 'plan under test.json';
const FORMATS = ['json', 'json', 'text', 'markdown'] as const;

let scratch: Scratch;
const log = new RunLog('test/property/plan-bytes.test.ts');

beforeAll(() => {
  scratch = new Scratch('bytes');
});
afterAll(() => {
  scratch.remove();
  log.report();
});

/** One input through `assess FILE --format F`, and (every few runs) through standard input. */
async function check(
  name: string,
  sample: Sample,
  format: (typeof FORMATS)[number],
  viaStdin: boolean,
): Promise<void> {
  const outcome = await scratch.assess(sample.bytes, FILE, ['--format', format]);
  log.outcome(name, `exit ${outcome.code}`);
  const problems = judgeOutcome(outcome, sample.bytes, FILE, format);
  if (viaStdin) {
    const piped = await runIn(scratch.dir, ['assess', '-', '--format', format], sample.bytes);
    problems.push(
      ...judgeOutcome(piped, sample.bytes, '-', format).map((problem) => `stdin: ${problem}`),
    );
    if (piped.code !== outcome.code)
      problems.push(`stdin exits ${piped.code}, the file ${outcome.code}`);
  }
  expect(problems, sample.how).toEqual([]);
}

const formatArb = fc.constantFrom(...FORMATS);

function property(name: string, arbitrary: fc.Arbitrary<Sample>, numRuns: number, seed: number) {
  it(name, async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, formatArb, fc.nat({ max: 3 }), async (sample, format, lane) =>
        check(name, sample, format, lane === 0),
      ),
      log.params(name, numRuns, seed),
    );
  });
}

describe('any bytes as a plan file', () => {
  property('random bytes, strings of every unit, JSON values', anyBytes, 250, 101);
  property('plan-shaped JSON with fields mostly of the right type', planShaped, 250, 108);
  property('a real plan cut at every kind of position', truncation, 300, 102);
  property('a real plan with random bytes changed', byteFlips, 300, 103);
  property(
    'a real plan with fields of the wrong type, removed, or holding raw literals',
    wrongTypes,
    200,
    104,
  );
  property('a real plan with numbers no double holds', hugeNumbers, 120, 105);
  property('a real plan inside, around and with deep nesting', deepNesting, 12, 106);
  property(
    'a real plan (whole or cut) in UTF-8/UTF-16 with BOMs and wrapper lines',
    encodedAndWrapped,
    250,
    107,
  );

  it('a real plan, whole, is accepted in every supported encoding and wrapping', async () => {
    const { BASES, ENCODINGS, encode, wrap } = await import('./bytes.js');
    let runs = 0;
    // Minified twins are left to the properties above: the encodings do not care.
    for (const base of BASES.filter((candidate) => !candidate.name.endsWith('(minified)'))) {
      for (const encoding of ENCODINGS.filter(
        (name) => !name.includes('cut') && !name.includes('body') && name !== 'double utf-8 bom',
      )) {
        for (const wrapping of [
          'none',
          'wrapper',
          'wrapper crlf',
          'wrapper %0A',
          'wrapper, head only',
        ] as const) {
          const bytes = encode(wrap(base.text, wrapping), encoding);
          const outcome = await scratch.assess(bytes, FILE, ['--format', 'json']);
          runs += 1;
          expect(
            judgeOutcome(outcome, bytes, FILE, 'json'),
            `${base.name}, ${wrapping}, ${encoding}`,
          ).toEqual([]);
          expect(
            outcome.code,
            `${base.name}, ${wrapping}, ${encoding}: ${outcome.stderr}`,
          ).not.toBe(2);
        }
      }
    }
    log.record('a real plan, whole, in every supported encoding × wrapping (enumerated)', runs);
  });

  it('any file name: the error names it (control characters escaped), the report lists it', async () => {
    const name =
      'any file name (unicode, spaces, =, glob and shell characters, line breaks) × valid/invalid content';
    const { BASES } = await import('./bytes.js');
    const valid =
      BASES.find((base) => base.name === 'examples/harmless/plan.json')?.bytes ?? Buffer.from('{}');
    const fileName = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'Z',
          '0',
          'é',
          '😀',
          ' ',
          '=',
          '[',
          ']',
          '*',
          '?',
          '{',
          '}',
          ',',
          "'",
          '"',
          '\\',
          '\n',
          '\t',
          '\r',
          '#',
          '%',
          '$',
          '`',
          '.',
          '-',
          '~',
          '!',
          '\u202E',
        ),
        minLength: 1,
        maxLength: 24,
      })
      // Leading/trailing whitespace is trimmed from PLAN arguments as from the action's lines
      // (an empty argument is bad input, tested below); a leading `-` makes it an option.
      .filter(
        (candidate) =>
          candidate.trim() === candidate &&
          !candidate.startsWith('-') &&
          candidate !== '.' &&
          candidate !== '..' &&
          Buffer.byteLength(candidate) < 200,
      );
    await fc.assert(
      fc.asyncProperty(
        fileName,
        fc.constantFrom('valid', 'garbage', 'empty'),
        async (file, content) => {
          const bytes =
            content === 'valid'
              ? valid
              : content === 'garbage'
                ? Buffer.from('not a plan')
                : Buffer.alloc(0);
          const outcome = await scratch.assess(bytes, file, ['--format', 'json']);
          log.outcome(name, `${content}: exit ${outcome.code}`);
          // The error escapes control characters (a line break in a file name) as `\u000a`.
          const shown = [...file]
            .map((char) => {
              const code = char.charCodeAt(0);
              return code < 0x20 || code === 0x7f
                ? `\\u${code.toString(16).padStart(4, '0')}`
                : char;
            })
            .join('');
          if (content === 'valid') {
            expect(outcome.code, outcome.stderr).toBe(0);
            expect(
              (JSON.parse(outcome.stdout) as { plans: { path: string }[] }).plans.map(
                (plan) => plan.path,
              ),
            ).toEqual([file]);
          } else {
            expect(outcome.code).toBe(2);
            expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(outcome.stderr).toContain(shown);
            expect(outcome.stderr).not.toContain('internal error');
          }
        },
      ),
      log.params(name, 200, 109),
    );
  });

  // An unset shell variable (`destroy-guard assess "$PLAN" && terraform apply`) judged nothing:
  // that must be bad input, never a pass.
  it('an empty or blank PLAN argument is bad input (exit 2), not a pass', async () => {
    for (const argument of ['', ' ', '\n\t']) {
      const outcome = await runIn(scratch.dir, ['assess', argument, '--format', 'json']);
      expect(
        outcome.code,
        `assess ${JSON.stringify(argument)}: ${outcome.stdout.slice(0, 200)}`,
      ).toBe(2);
    }
  });
});
