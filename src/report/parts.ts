import { plainText, type Parts } from '../assess/finding.js';
import { codeSpan, escapeText, type CodeContext } from './escape.js';

/*
 * How each renderer shows a finding's sentence (src/assess/finding.ts `Part`): Markdown wraps
 * code parts in code spans, fenced so a plan value inside cannot break out; text and JSON
 * print the plain text. The one place parts are formatted.
 */

interface Piece {
  readonly code: boolean;
  readonly text: string;
}

function piecesOf(parts: Parts): Piece[] {
  return parts.map((part) =>
    typeof part === 'string' ? { code: false, text: part } : { code: true, text: part.code },
  );
}

function truncate(pieces: readonly Piece[], maxChars: number): Piece[] {
  const kept: Piece[] = [];
  let left = maxChars;
  for (const piece of pieces) {
    if (piece.text.length <= left) {
      kept.push(piece);
      left -= piece.text.length;
      continue;
    }
    let cut = piece.text.slice(0, Math.max(left, 0));
    // Never split a surrogate pair: half of one would reach GitHub as U+FFFD.
    if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
    if (cut !== '') kept.push({ code: piece.code, text: cut });
    kept.push({ code: false, text: '…' });
    break;
  }
  return kept;
}

/**
 * A sentence as Markdown. With `maxChars`, cut to about that many characters of plain text,
 * ending with `…`.
 */
export function partsToMarkdown(parts: Parts, context: CodeContext, maxChars?: number): string {
  let pieces = piecesOf(parts);
  if (maxChars !== undefined && plainText(parts).length > maxChars)
    pieces = truncate(pieces, maxChars);
  let out = '';
  for (const piece of pieces)
    out += piece.code ? codeSpan(piece.text, context) : escapeText(piece.text);
  return out;
}

/** The names and values a sentence carries as code (an attribute it already shows). */
export function codePartsOf(parts: Parts): string[] {
  return parts.flatMap((part) => (typeof part === 'string' ? [] : [part.code]));
}
