/**
 * The comment's structure as GitHub renders it: run through cmark-gfm (GitHub's engine, with
 * the extensions github.com enables) when it is installed; skipped cleanly when it is not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { RAW_CONTROL, shownAs } from './chars.js';
import { CMARK_GFM, codeTexts, count, tableShapes, toHtml } from './cmark.js';
import { finding, MARKER, manyFindings, note, report } from './factory.js';
import { expectGolden } from './golden.js';
import {
  HOSTILE,
  HOSTILE_ADDRESSES,
  HOSTILE_MODULE_DIR,
  HOSTILE_PLAN,
  HOSTILE_TYPE,
} from './hostile.js';
import {
  APPROVED,
  APPROVED_NOTE,
  BLOCKED,
  BLOCKED_MIXED,
  MISSING_NOTE,
  PASS,
} from './scenarios.js';

const noCmark = CMARK_GFM === undefined;

function expectSoundStructure(html: string): void {
  const shapes = tableShapes(html);
  for (const shape of shapes) {
    expect(shape.headerCells).toBeGreaterThan(0);
    for (const cells of shape.rowCells) expect(cells).toBe(shape.headerCells);
  }
  expect(count(html, /<details>/gu)).toBe(count(html, /<\/details>/gu));
  expect(count(html, /<summary>/gu)).toBe(count(html, /<\/summary>/gu));
  // One verdict heading: `###` in the comment (sections `####`), `##` in the job summary.
  const verdicts = count(html, /<h2>/gu) === 1 ? 1 : count(html, /<h2>/gu) + count(html, /<h3>/gu);
  expect(verdicts).toBe(1);
  expect(count(html, /<h1>/gu)).toBe(0);
  for (const tag of ['<script', '<img', '<b>', '<a ', '<table><', '<td><table'])
    expect(html).not.toContain(tag);
}

describe('hostile plan text', () => {
  it('renders the hostile golden file', () => {
    expectGolden('hostile.md', renderMarkdown(HOSTILE, { marker: MARKER }));
  });

  it.skipIf(noCmark)(
    'keeps every table row, code span and <details> intact in GitHub Markdown',
    () => {
      const body = renderMarkdown(HOSTILE, { marker: MARKER });
      const html = toHtml(body);
      expectSoundStructure(html);
      const codes = codeTexts(html);
      for (const [, shown] of HOSTILE_ADDRESSES) expect(codes).toContain(shown);
      expect(codes).toContain(HOSTILE_TYPE);
      expect(codes).toContain(shownAs(HOSTILE_MODULE_DIR));
      expect(codes).toContain(HOSTILE_PLAN);
      expect(codes).toContain('null_resource.x["| --- |\\u{A}| injected | row |"]');
      expect(codes).toContain('tags["a|b`c"]');
      expect(codes).toContain('settings[0]["\\u{202E}|"]');
      // What would be lost: every hostile address plus the forced replacement, one row each.
      const [lost, others] = tableShapes(html);
      expect(lost?.rowCells).toHaveLength(HOSTILE_ADDRESSES.length + 1);
      expect(others?.rowCells).toHaveLength(1);
      // Nothing from the plan leaves its code span or cell: no stray markup.
      expect(html).not.toMatch(/<(em|del|h1|h2)>/u);
      expect(count(html, /<h4>/gu)).toBe(1);
      expect(count(html, /<strong>/gu)).toBe(1); // the plan's approval count, nothing from the plan
      expect(html).not.toContain('<details><summary>spoof');
      expect(body).not.toMatch(RAW_CONTROL);
    },
  );

  it.skipIf(noCmark)('keeps the structure for arbitrary strings from the plan', () => {
    const strings = fc.sample(
      fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 30 }),
      { numRuns: 150, seed: 7 },
    );
    const nasty = fc.sample(
      fc.string({
        unit: fc.constantFrom(
          '`',
          '|',
          '\\',
          '<',
          '>',
          '&',
          '*',
          '_',
          '[',
          ']',
          '\n',
          ' ',
          '\u202E',
          'a',
          '$',
          '~',
        ),
        minLength: 1,
        maxLength: 20,
      }),
      { numRuns: 150, seed: 11 },
    );
    const addresses = [...strings, ...nasty].map((text, i) => `r.x${i}["${text}"]`);
    const body = renderMarkdown(
      report(
        addresses.map((address, i) =>
          finding({
            address,
            type: nasty[i % nasty.length] ?? 't',
            reason: `because \`${strings[i % strings.length] ?? ''}\` ${nasty[i % nasty.length] ?? ''}`,
          }),
        ),
      ),
      { marker: MARKER },
    );
    const html = toHtml(body);
    expectSoundStructure(html);
    const codes = new Set(codeTexts(html));
    for (const address of addresses) {
      expect(codes.has(shownAs(address)), `address ${JSON.stringify(address)} shown intact`).toBe(
        true,
      );
    }
    expect(tableShapes(html)[0]?.rowCells).toHaveLength(addresses.length);
  });
});

describe.skipIf(noCmark)('rendered structure of every golden scenario', () => {
  const cases = {
    'blocked mixed': renderMarkdown(BLOCKED_MIXED, { marker: MARKER }),
    pass: renderMarkdown(PASS, { marker: MARKER }),
    approved: renderMarkdown(APPROVED, { marker: MARKER, approval: APPROVED_NOTE }),
    'blocked missing approval': renderMarkdown(BLOCKED, { marker: MARKER, approval: MISSING_NOTE }),
    'job summary': renderJobSummary(BLOCKED_MIXED, {
      approval: note({ status: 'refused', details: ['`a|b` has no code owner'] }),
    }),
    'cut to 10,000 findings': renderMarkdown(report(manyFindings(10_000)), { marker: MARKER }),
    'cut with shortened cells': renderMarkdown(
      report(manyFindings(40, { reason: 'x`y`'.repeat(200), recoverability: '|`a`|'.repeat(300) })),
      {
        maxLength: 6_000,
      },
    ),
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: tables are rectangular, <details> balanced, the marker hidden`, () => {
      const html = toHtml(body);
      expectSoundStructure(html);
      if (body.startsWith('<!--'))
        expect(html.startsWith('<!-- destroy-guard key=default')).toBe(true);
    });
  }
});
