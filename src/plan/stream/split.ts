/**
 * The second pass over a plan read in pieces (src/plan/stream/reader.ts): cuts the elements out of an
 * array JsonScanner has already validated, so each can be parsed on its own.
 */
import { JSON_SPACE } from '../json-space.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Cuts the elements out of an array the scanner has already validated, piece by piece: each
 * element's byte range goes to `onElement` as soon as it is complete. Only strings and nesting
 * are tracked, which is all a valid document needs.
 */
export class ArraySplitter {
  /** Absolute offset of the next byte to read. */
  offset: number;
  /** Absolute offset of the element being read, or -1 between elements. */
  elementStart = -1;
  /** The closing `]` was reached. */
  finished = false;

  #opened = false;
  #depth = 0;
  #inString = false;

  constructor(offset: number) {
    this.offset = offset;
  }

  /** Consumes `buffer[offset - base … end)`; calls `onElement(start, end)` with absolute offsets. */
  split(
    buffer: Uint8Array,
    base: number,
    end: number,
    onElement: (start: number, end: number) => void,
  ): void {
    let i = this.offset - base;
    let depth = this.#depth;
    let inString = this.#inString;
    let start = this.elementStart < 0 ? -1 : this.elementStart - base;
    if (!this.#opened) {
      while (i < end && buffer[i] !== OPEN_BRACKET) i += 1;
      if (i < end) {
        this.#opened = true;
        i += 1;
      }
    }
    split: for (;;) {
      if (inString) {
        for (;;) {
          if (i >= end) break split;
          const byte = buffer[i] as number;
          if (byte === QUOTE) break;
          // An escape: skip the escaped byte, even when it is in the next piece.
          i += byte === BACKSLASH ? 2 : 1;
        }
        i += 1;
        inString = false;
      }
      if (i >= end) break;
      const byte = buffer[i] as number;
      i += 1;
      if (byte === QUOTE) {
        if (start < 0) start = i - 1;
        inString = true;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (start < 0) start = i - 1;
        depth += 1;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (depth === 0) {
          // The array's own `]`.
          if (start >= 0) onElement(base + start, base + i - 1);
          start = -1;
          this.finished = true;
          break;
        }
        depth -= 1;
      } else if (byte === COMMA) {
        if (depth === 0) {
          onElement(base + start, base + i - 1);
          start = -1;
        }
      } else if (start < 0 && JSON_SPACE[byte] === 0) {
        start = i - 1; // a number, true, false or null
      }
    }
    this.#depth = depth;
    this.#inString = inString;
    this.elementStart = start < 0 ? -1 : base + start;
    this.offset = base + i;
  }
}
