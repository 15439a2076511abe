/**
 * Broken JSON, for both readers: the one wording of each way a document that starts like JSON
 * breaks (brokenJsonError; src/plan/unparsable.ts and src/plan/stream/errors.ts find which
 * applies, from a string or from the file's bytes), and where JSON.parse gave up.
 *
 * V8 states the position for most syntax errors — "… in JSON at position 9" (Node 20), "… at
 * position 9 (line 1 column 10)" (Node 22+) — but not for "Unexpected token 'x', "…" is not
 * valid JSON", whose snippet we must not print anyway (plans hold plaintext secrets,
 * docs/plan-format.md "Traps"). For those firstSyntaxError finds the position itself with a small
 * syntax scanner (error path only).
 */
import type { UserError } from '../util/errors.js';
import { errorMessage } from '../util/errors.js';
import { isJsonSpace } from './json-space.js';
import { PLAN_AND_SHOW, REGENERATE, SHOW_JSON, planError } from './messages.js';

/** How a document that starts like JSON breaks; `byte` is the offset the message states. */
export type JsonBreak =
  | { readonly kind: 'ui-log' }
  | { readonly kind: 'truncated'; readonly byte: number }
  | { readonly kind: 'second-document'; readonly byte: number }
  | { readonly kind: 'trailing-data'; readonly byte: number }
  | { readonly kind: 'unexpected'; readonly byte: number; readonly char: string };

export function brokenJsonError(found: JsonBreak, displayPath: string): UserError {
  switch (found.kind) {
    case 'ui-log':
      return planError(
        displayPath,
        `is the machine-readable log of \`terraform plan -json\` (JSON lines with @level/@message), not the plan; save the plan and convert it: ${PLAN_AND_SHOW}`,
      );
    case 'truncated':
      return planError(
        displayPath,
        `invalid JSON: the document ends at byte ${found.byte} before it is complete (a truncated file or an interrupted upload/download?); ${REGENERATE}`,
      );
    case 'second-document':
      return planError(
        displayPath,
        `holds more than one JSON document (the second starts at byte ${found.byte}), as Terragrunt's \`run-all show -json\` writes; write one plan per file: ${SHOW_JSON} in each module`,
      );
    case 'trailing-data':
      return planError(
        displayPath,
        `invalid JSON at byte ${found.byte}: unexpected data after the end of the JSON document; ${REGENERATE}`,
      );
    case 'unexpected':
      return planError(
        displayPath,
        `invalid JSON at byte ${found.byte}: unexpected ${found.char}; ${REGENERATE}`,
      );
  }
}

/** Names the one character at `index`, quoted: the text around it may be a secret value. */
export function describeChar(text: string, index: number): string {
  return JSON.stringify(String.fromCodePoint(text.codePointAt(index) ?? 0));
}

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

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

const ARRAY = 0;
const OBJECT = 1;

/** A position in `text` and the scanners of JSON's tokens; each leaves `i` at the error when it fails. */
class Cursor {
  i = 0;
  readonly n: number;
  constructor(readonly text: string) {
    this.n = text.length;
  }

  code(): number {
    return this.text.charCodeAt(this.i);
  }

  skipSpace(): void {
    while (this.i < this.n && isJsonSpace(this.code())) this.i += 1;
  }

  /** Scans a string starting at its quote. */
  string(): boolean {
    this.i += 1;
    while (this.i < this.n) {
      const code = this.code();
      if (code === 0x22) {
        this.i += 1;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c && !this.escape()) return false;
      this.i += 1;
    }
    return false;
  }

  /** The escape after a backslash at `i`; `i` ends on its last character. */
  escape(): boolean {
    this.i += 1;
    if (this.i >= this.n) return false;
    const escaped = this.text[this.i] ?? '';
    if (escaped !== 'u') return '"\\/bfnrt'.includes(escaped);
    for (let k = 0; k < 4; k += 1) {
      this.i += 1;
      if (this.i >= this.n || !isHex(this.code())) return false;
    }
    return true;
  }

  digits(): boolean {
    if (this.i >= this.n || !isDigit(this.code())) return false;
    while (this.i < this.n && isDigit(this.code())) this.i += 1;
    return true;
  }

  number(): boolean {
    if (this.code() === 0x2d) this.i += 1;
    if (this.i < this.n && this.code() === 0x30) this.i += 1;
    else if (!this.digits()) return false;
    if (this.i < this.n && this.code() === 0x2e) {
      this.i += 1;
      if (!this.digits()) return false;
    }
    if (this.i < this.n && (this.code() === 0x65 || this.code() === 0x45)) {
      this.i += 1;
      if (this.i < this.n && (this.code() === 0x2b || this.code() === 0x2d)) this.i += 1;
      if (!this.digits()) return false;
    }
    return true;
  }

  word(word: string): boolean {
    for (const char of word) {
      if (this.i >= this.n || this.text[this.i] !== char) return false;
      this.i += 1;
    }
    return true;
  }

  /** An object key and its colon. */
  key(): boolean {
    this.skipSpace();
    if (this.i >= this.n || this.code() !== 0x22 || !this.string()) return false;
    this.skipSpace();
    if (this.i >= this.n || this.code() !== 0x3a) return false;
    this.i += 1;
    return true;
  }

  /** A string, number or literal starting with `code`. */
  scalar(code: number): boolean {
    if (code === 0x22) return this.string();
    if (code === 0x2d || isDigit(code)) return this.number();
    if (code === 0x74) return this.word('true');
    if (code === 0x66) return this.word('false');
    if (code === 0x6e) return this.word('null');
    return false;
  }
}

/**
 * Index of the first character that makes `text` invalid JSON (`text.length` when it ends too
 * early), or -1 when it is valid. Iterative, so a deeply nested document cannot overflow the stack.
 */
export function firstSyntaxError(text: string): number {
  const at = new Cursor(text);
  const n = text.length;
  const stack: number[] = [];
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      at.skipSpace();
      if (at.i >= n) return n;
      const code = at.code();
      if (code === 0x7b || code === 0x5b) {
        at.i += 1;
        at.skipSpace();
        const close = code === 0x7b ? 0x7d : 0x5d;
        if (at.i < n && at.code() === close) {
          at.i += 1;
          expectValue = false;
          continue;
        }
        stack.push(code === 0x7b ? OBJECT : ARRAY);
        if (code === 0x7b && !at.key()) return Math.min(at.i, n);
        continue;
      }
      if (!at.scalar(code)) return Math.min(at.i, n);
      expectValue = false;
      continue;
    }
    at.skipSpace();
    const top = stack.at(-1);
    if (top === undefined) return at.i < n ? at.i : -1;
    if (at.i >= n) return n;
    const code = at.code();
    if (code === 0x2c) {
      at.i += 1;
      if (top === OBJECT && !at.key()) return Math.min(at.i, n);
      expectValue = true;
      continue;
    }
    if (code === (top === OBJECT ? 0x7d : 0x5d)) {
      at.i += 1;
      stack.pop();
      continue;
    }
    return at.i;
  }
}
