/**
 * Escaping for text that came from a plan (addresses, types, attribute paths, values, plan and
 * module paths). Everything a plan author controls can hold Markdown, HTML, line breaks and
 * Unicode that reorders or hides text; none of it may change the structure of the comment or
 * make one address look like another.
 */

/**
 * Characters shown as `\u{…}` instead of being written: C0/C1 controls (line breaks, ESC, CSI),
 * and the invisible or bidirectional formatting characters behind "Trojan Source" spoofing
 * (CVE-2021-42574): soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
 * characters and marks (U+200B–U+200F), line/paragraph separators and bidi embeddings,
 * overrides and isolates (U+2028–U+202E, U+2066–U+2069), word joiner and invisible operators
 * (U+2060–U+2064), the byte-order mark, interlinear annotations, and lone surrogates (which
 * would reach GitHub as U+FFFD). Ordinary non-ASCII letters are left alone.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF]/gu;

function visibleEscape(char: string): string {
  return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
}

/** Makes controls and invisible formatting characters visible as `\u{202E}`. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, visibleEscape);
}

/**
 * Characters with inline meaning in GitHub Markdown: escapes, code, emphasis, links and
 * images, raw HTML and entities, table cells, strikethrough, and math (`$…$`). Block syntax
 * (`#`, `-`, `>`, `1.`) is not listed: plan text is only ever written inside a line (a table
 * cell or after a label), never where a block starts.
 */
const MARKDOWN_INLINE = /[\\`*_[\]<>&|~$]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text for a Markdown line or table cell: shows exactly these characters, nothing more. */
export function escapeText(text: string): string {
  return escapeInvisible(text).replace(MARKDOWN_INLINE, (char) => ENTITIES[char] ?? `\\${char}`);
}

/** Text inside raw HTML (a `<summary>`), where Markdown escapes do not apply. */
export function escapeHtml(text: string): string {
  return escapeInvisible(text).replace(/[<>&"']/gu, (char) => ENTITIES[char] ?? char);
}

export type CodeContext = 'inline' | 'table';

/**
 * A code span that shows `text` verbatim: the fence is one backtick longer than the longest
 * backtick run inside, and padded with spaces when the content starts or ends with a backtick
 * or would lose a space to CommonMark's stripping of one leading and trailing space. In a
 * table, `|` is written `\|`: GFM splits cells before it parses code spans, then removes the
 * backslash (GFM spec, example 200).
 */
export function codeSpan(text: string, context: CodeContext = 'inline'): string {
  let content = escapeInvisible(text);
  if (content === '') content = ' ';
  let longest = 0;
  for (const run of content.matchAll(/`+/gu)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  const stripped = content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '';
  const pad = content.startsWith('`') || content.endsWith('`') || stripped ? ' ' : '';
  if (context === 'table') content = content.replaceAll('|', '\\|');
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A line of trusted Markdown (the approval note written by src/approval) that may still carry
 * a login, label or path: line breaks and invisible characters are made visible so it stays
 * one line and cannot end the block it sits in.
 */
export function markdownLine(text: string): string {
  return escapeInvisible(text);
}
