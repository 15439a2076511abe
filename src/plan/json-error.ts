/**
 * Where JSON.parse gave up, as an index into the text it was given. V8 states the position for
 * most syntax errors — "… in JSON at position 9" (Node 20), "… at position 9 (line 1 column
 * 10)" (Node 22+) — but not for "Unexpected token 'x', "…" is not valid JSON", whose snippet
 * we must not print anyway (plans hold plaintext secrets, PLAN-FORMAT.md "Traps"). For those
 * this module finds the position itself with a small syntax scanner (error path only).
 */
import { errorMessage } from '../util/errors.js';

const POSITION = /\bat position (\d+)/u;
const END_OF_INPUT = /Unexpected end of JSON input/u;

export function jsonErrorIndex(error: unknown, text: string): number {
  const message = errorMessage(error);
  const position = POSITION.exec(message);
  if (position?.[1] !== undefined) return Math.min(Number(position[1]), text.length);
  if (END_OF_INPUT.test(message)) return text.length;
  const found = firstSyntaxError(text);
  return found < 0 ? text.length : found;
}

// JSON whitespace (RFC 8259): space, tab, LF, CR.
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

const ARRAY = 0;
const OBJECT = 1;

/**
 * Index of the first character that makes `text` invalid JSON (`text.length` when it ends too
 * early), or -1 when it is valid. Iterative, so a deeply nested document cannot overflow the stack.
 */
export function firstSyntaxError(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
  };
  /** Scans a string starting at its quote; returns false with `i` at the error. */
  const scanString = (): boolean => {
    i += 1;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        i += 1;
        if (i >= n) return false;
        const escaped = text[i] ?? '';
        if (escaped === 'u') {
          for (let k = 0; k < 4; k += 1) {
            i += 1;
            if (i >= n || !isHex(text.charCodeAt(i))) return false;
          }
        } else if (!'"\\/bfnrt'.includes(escaped)) {
          return false;
        }
      }
      i += 1;
    }
    return false;
  };
  const scanDigits = (): boolean => {
    if (i >= n || !isDigit(text.charCodeAt(i))) return false;
    while (i < n && isDigit(text.charCodeAt(i))) i += 1;
    return true;
  };
  const scanNumber = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i += 1;
    if (i < n && text.charCodeAt(i) === 0x30) i += 1;
    else if (!scanDigits()) return false;
    if (i < n && text.charCodeAt(i) === 0x2e) {
      i += 1;
      if (!scanDigits()) return false;
    }
    if (i < n && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45)) {
      i += 1;
      if (i < n && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i += 1;
      if (!scanDigits()) return false;
    }
    return true;
  };
  const scanWord = (word: string): boolean => {
    for (const char of word) {
      if (i >= n || text[i] !== char) return false;
      i += 1;
    }
    return true;
  };
  /** An object key and its colon; false with `i` at the error. */
  const scanKey = (): boolean => {
    skipSpace();
    if (i >= n || text.charCodeAt(i) !== 0x22 || !scanString()) return false;
    skipSpace();
    if (i >= n || text.charCodeAt(i) !== 0x3a) return false;
    i += 1;
    return true;
  };

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      skipSpace();
      if (i >= n) return n;
      const code = text.charCodeAt(i);
      if (code === 0x7b || code === 0x5b) {
        i += 1;
        skipSpace();
        const close = code === 0x7b ? 0x7d : 0x5d;
        if (i < n && text.charCodeAt(i) === close) {
          i += 1;
          expectValue = false;
          continue;
        }
        stack.push(code === 0x7b ? OBJECT : ARRAY);
        if (code === 0x7b && !scanKey()) return Math.min(i, n);
        continue;
      }
      const ok =
        code === 0x22
          ? scanString()
          : code === 0x2d || isDigit(code)
            ? scanNumber()
            : code === 0x74
              ? scanWord('true')
              : code === 0x66
                ? scanWord('false')
                : code === 0x6e
                  ? scanWord('null')
                  : false;
      if (!ok) return Math.min(i, n);
      expectValue = false;
      continue;
    }
    skipSpace();
    const top = stack.at(-1);
    if (top === undefined) return i < n ? i : -1;
    if (i >= n) return n;
    const code = text.charCodeAt(i);
    if (code === 0x2c) {
      i += 1;
      if (top === OBJECT && !scanKey()) return Math.min(i, n);
      expectValue = true;
      continue;
    }
    if (code === (top === OBJECT ? 0x7d : 0x5d)) {
      i += 1;
      stack.pop();
      continue;
    }
    return i;
  }
}
