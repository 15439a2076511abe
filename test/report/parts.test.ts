import { describe, expect, it } from 'vitest';
import { code, plainText } from '../../src/assess/finding.js';
import { codePartsOf, partsToMarkdown } from '../../src/report/parts.js';

describe('partsToMarkdown', () => {
  it('shows code parts as code spans and escapes the words around them', () => {
    expect(
      partsToMarkdown(['replacement was requested with ', code('-replace'), ' *now*'], 'table'),
    ).toBe('replacement was requested with `-replace` \\*now\\*');
  });

  it('fences a plan value holding backticks or pipes so it cannot break out', () => {
    expect(partsToMarkdown(['forced by ', code('a`b|c')], 'table')).toBe('forced by ``a`b\\|c``');
  });

  it('never reads backticks in plain words as code', () => {
    expect(partsToMarkdown(['an odd ` tick and `not code`'], 'inline')).toBe(
      'an odd \\` tick and \\`not code\\`',
    );
  });

  it('cuts long sentences, never inside a surrogate pair, and says so with …', () => {
    expect(partsToMarkdown(['abcdef ', code('ghij'), ' klm'], 'inline', 9)).toBe('abcdef `gh`…');
    expect(partsToMarkdown([`${'a'.repeat(4)}🚀🚀`], 'inline', 5)).toBe('aaaa…');
    expect(partsToMarkdown(['short'], 'inline', 9)).toBe('short');
  });
});

describe('plain text', () => {
  it('prints code parts as they are, with no backticks added', () => {
    const parts = ['final snapshot ', code('orders-final'), ' is taken'];
    expect(plainText(parts)).toBe('final snapshot orders-final is taken');
    expect(codePartsOf(parts)).toEqual(['orders-final']);
  });
});
