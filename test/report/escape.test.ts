import { describe, expect, it } from 'vitest';
import { codeSpan, escapeHtml, escapeInvisible, escapeText } from '../../src/report/escape.js';

describe('escapeInvisible', () => {
  it('shows controls, bidi and zero-width characters as \\u{…}', () => {
    expect(escapeInvisible('a\nb\r\tc\u0000\u001B\u007F\u0085\u009B')).toBe(
      'a\\u{A}b\\u{D}\\u{9}c\\u{0}\\u{1B}\\u{7F}\\u{85}\\u{9B}',
    );
    expect(escapeInvisible('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe(
      '\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}\\u{2066}\\u{2067}\\u{2068}\\u{2069}',
    );
    expect(
      escapeInvisible('\u200B\u200C\u200D\u200E\u200F\uFEFF\u2060\u00AD\u061C\u2028\u2029'),
    ).toBe(
      '\\u{200B}\\u{200C}\\u{200D}\\u{200E}\\u{200F}\\u{FEFF}\\u{2060}\\u{AD}\\u{61C}\\u{2028}\\u{2029}',
    );
  });

  it('leaves ordinary non-ASCII alone, astral characters included, but not lone surrogates', () => {
    expect(escapeInvisible('日本語 Ünïcödé émoji 🚀 עברית')).toBe('日本語 Ünïcödé émoji 🚀 עברית');
    expect(escapeInvisible('a\uD800b\uDC00c')).toBe('a\\u{D800}b\\u{DC00}c');
  });
});

describe('codeSpan', () => {
  it('fences with one backtick more than the longest run inside', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('a``b`c')).toBe('```a``b`c```');
  });

  it('pads content that starts or ends with a backtick, or with spaces on both sides', () => {
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('x`')).toBe('`` x` ``');
    expect(codeSpan(' x ')).toBe('`  x  `');
    expect(codeSpan(' x')).toBe('` x`');
    expect(codeSpan('   ')).toBe('`   `');
    expect(codeSpan('')).toBe('` `');
  });

  it('escapes pipes only in a table', () => {
    expect(codeSpan('a|b', 'table')).toBe('`a\\|b`');
    expect(codeSpan('a\\|b', 'table')).toBe('`a\\\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
  });

  it('keeps a code span on one line', () => {
    expect(codeSpan('a\n\n</details>')).toBe('`a\\u{A}\\u{A}</details>`');
  });
});

describe('escapeText', () => {
  it('escapes inline Markdown, HTML and entities', () => {
    expect(escapeText('*a* _b_ `c` [d](e) <f> & g | h ~~i~~ $j$ \\k')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) &lt;f&gt; &amp; g \\| h \\~\\~i\\~\\~ \\$j\\$ \\\\k',
    );
  });

  it('escapes the backslash of its own \\u{…} so it shows as written', () => {
    expect(escapeText('a\nb')).toBe('a\\\\u{A}b');
  });
});

describe('escapeHtml', () => {
  it('escapes what raw HTML would interpret', () => {
    expect(escapeHtml(`<b a="1" b='2'>&</b>\u202E`)).toBe(
      '&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;\\u{202E}',
    );
  });
});
