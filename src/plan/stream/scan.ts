/**
 * A byte-level JSON validator that reads a document in pieces, for plans too large to hold as
 * one string (docs/plan-format.md "Size": one line of JSON, hundreds of megabytes; V8 strings stop
 * near 512 MB). It keeps only its state between pieces, never the bytes, and stops at the
 * members of the top-level object so the caller can note where each value lies.
 *
 * It accepts exactly what JSON.parse accepts, and reports the offset of the first byte that
 * cannot continue a valid document (the end of the input when it is cut short): the position
 * V8 states, or src/plan/json-error.ts finds, counted in bytes.
 *
 * scan() is a hot loop, and longer than the house's 80 lines on purpose: it runs once for every
 * byte of a plan of hundreds of megabytes, so its state lives in local variables of one loop
 * rather than in calls out of the inner loop.
 */

import { JSON_SPACE as SPACE } from '../json-space.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON_BYTE = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS_BYTE = 0x2d;
const PLUS_BYTE = 0x2b;
const DOT_BYTE = 0x2e;
const ZERO_BYTE = 0x30;
const LF = 0x0a;

/** 1 for the bytes that end the fast path through a string: `"`, `\` and control characters. */
export const STRING_STOP = new Uint8Array(256);
/** 1 for the escapes `\" \\ \/ \b \f \n \r \t`; `\u` is handled on its own. */
const SIMPLE_ESCAPE = new Uint8Array(256);
/** 1 for hexadecimal digits. */
const HEX = new Uint8Array(256);
/** 1 for decimal digits. */
const DIGIT = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte += 1) STRING_STOP[byte] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;
for (const char of '"\\/bfnrt') SIMPLE_ESCAPE[char.charCodeAt(0)] = 1;
for (const char of '0123456789abcdefABCDEF') HEX[char.charCodeAt(0)] = 1;
for (const char of '0123456789') DIGIT[char.charCodeAt(0)] = 1;

/**
 * Non-zero when one of the four bytes of `word` is a STRING_STOP byte: below 0x20, `"` or `\`
 * (the bytes that are zero after `^`, or below 0x20, set their lane's top bit; a borrow
 * only ever reaches lanes above one that already did).
 */
function hasStop(word: number): number {
  const quote = word ^ 0x22222222;
  const backslash = word ^ 0x5c5c5c5c;
  return (
    (((word - 0x20202020) & ~word) |
      ((quote - 0x01010101) & ~quote) |
      ((backslash - 0x01010101) & ~backslash)) &
    0x80808080
  );
}

// Scanner states: what the next byte may be.
const VALUE = 0; // a value
const ARRAY_FIRST = 1; // after `[`: a value or `]`
const OBJECT_FIRST = 2; // after `{`: a key or `}`
const KEY = 3; // after `,` in an object: a key
const COLON = 4; // after a key
const AFTER = 5; // after a value: `,`, the closing bracket, or the end of the document
const STRING = 6;
const ESCAPE = 7; // after `\` in a string
const UNICODE = 8; // in the four hex digits of `\u`
const MINUS = 9; // after a leading `-`
const ZERO = 10; // after a leading `0`
const INTEGER = 11;
const POINT = 12; // after `.`
const FRACTION = 13;
const EXPONENT_MARK = 14; // after `e`/`E`
const EXPONENT_SIGN = 15; // after the exponent's sign
const EXPONENT = 16;
const LITERAL = 17; // inside `true`, `false` or `null`
const END = 18; // the document's value is complete

const IN_OBJECT = 1;
const IN_ARRAY = 2;

const TRUE = Uint8Array.from(Buffer.from('true', 'latin1'));
const FALSE = Uint8Array.from(Buffer.from('false', 'latin1'));
const NULL = Uint8Array.from(Buffer.from('null', 'latin1'));

/** What stopped `scan`. */
export type ScanStop =
  /** every byte given was consumed: give it more, or call `end` */
  | 'more'
  /** a key of the top-level object ended: it spans `keyStart` to `offset` (quotes included) */
  | 'key'
  /** the first byte of that key's value was consumed: it is at `valueStart` */
  | 'value'
  /** that value ended at `valueEnd` (its trailing whitespace included); its delimiter is consumed */
  | 'member'
  /**
   * an element of the array a streaming ElementLog notes ended: it lies at `lastStart …
   * lastEnd` of that log, its keys are in `keys`; its delimiter is consumed
   */
  | 'element'
  /** the document's value is complete; `offset` is just after it */
  | 'done'
  /** `offset` is the first byte that cannot continue a JSON document */
  | 'error';

/**
 * Byte ranges of the elements of one top-level array, noted while the scanner validates it, so
 * a second pass can cut them out without scanning again. Holds at most `capacity` elements:
 * past that it forgets them all and says so (`overflowed`), so memory stays bounded whatever
 * the array holds; the reader then finds the elements by scanning (src/plan/stream/split.ts).
 */
export class ElementLog {
  /** Absolute offset of each element's first byte. */
  starts: number[] = [];
  /** Absolute offset just after each element (its trailing whitespace included). */
  ends: number[] = [];
  overflowed = false;
  /**
   * Absolute offset of the opening quote of every key at depth 4: the members of the objects
   * that are an element's member values (a change's `change`), so the second pass reads
   * those without walking over their values (src/plan/stream/fields.ts). Undefined once
   * there are more than KEYS_PER_ELEMENT per element on average.
   */
  keys: number[] | undefined = [];
  /** For each element, `keys.length` after it: its keys are those after the previous one's. */
  keyEnds: number[] = [];
  /**
   * Each element is handed over as soon as it ends, then forgotten (src/plan/stream/reader.ts
   * reads a change while its bytes are at hand): the scanner stops with `element`, `lastStart`
   * and `lastEnd` say where it lies, `keys`, `valueEnds`, `members` and `memberEnds` where its
   * members and theirs lie, and `next()` forgets them. The caller may turn it off (the log is
   * then an overflowed one, which notes nothing).
   */
  streaming: boolean;
  lastStart = -1;
  lastEnd = -1;
  /** Streaming: just after the value of each key in `keys`, where it is an object's member. */
  valueEnds: number[] = [];
  /** Streaming: the opening quote of each key of the element (depth 3). */
  members: number[] = [];
  /** Streaming: just after the value of each key in `members`. */
  memberEnds: number[] = [];
  readonly #capacity: number;

  constructor(capacity: number, streaming = false) {
    this.#capacity = streaming ? STREAMED_KEYS / KEYS_PER_ELEMENT : capacity;
    this.streaming = streaming;
  }

  add(start: number, end: number): void {
    if (this.streaming) {
      this.lastStart = start;
      this.lastEnd = end;
      return;
    }
    if (this.overflowed) return;
    if (this.starts.length === this.#capacity) {
      this.overflowed = true;
      this.starts = [];
      this.ends = [];
      this.keys = undefined;
      this.keyEnds = [];
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
    if (this.keys !== undefined) this.keyEnds.push(this.keys.length);
  }

  /** A key at `depth` (MEMBER_DEPTH or KEY_DEPTH) opens at `start`. */
  key(start: number, depth: number): void {
    if (depth === MEMBER_DEPTH) {
      if (this.streaming) this.members.push(start);
      return;
    }
    const { keys } = this;
    if (keys === undefined) return;
    if (keys.length === KEYS_PER_ELEMENT * this.#capacity) {
      this.keys = undefined;
      this.keyEnds = [];
      return;
    }
    keys.push(start);
  }

  /**
   * Streaming: a value of an object at `depth` (MEMBER_DEPTH or KEY_DEPTH) ended at `end`; the
   * scanner may say so again for the same value (it reads on after a piece), which counts once.
   */
  valueEnd(end: number, depth: number): void {
    if (depth === MEMBER_DEPTH) {
      if (this.memberEnds.length < this.members.length) this.memberEnds.push(end);
    } else if (this.keys !== undefined && this.valueEnds.length < this.keys.length) {
      this.valueEnds.push(end);
    }
  }

  /** Streaming: the element handed over is forgotten, keys and all. */
  next(): void {
    if (this.keys === undefined) this.keys = [];
    else this.keys.length = 0;
    this.valueEnds.length = 0;
    this.members.length = 0;
    this.memberEnds.length = 0;
  }

  /** Streaming no more: the rest of the array is noted as an overflowed log, not at all. */
  stopStreaming(): void {
    this.streaming = false;
    this.overflowed = true;
    this.keys = undefined;
  }
}

/** Keys a streaming log holds for one element: past that it reads the element without them. */
const STREAMED_KEYS = 96;

/** Keys noted per element, on average, at most: a change has seven. */
const KEYS_PER_ELEMENT = 12;
/** The depth of the keys ElementLog notes: a change's members (`change`'s keys). */
const KEY_DEPTH = 4;
/** The depth of an element's own keys, which a streaming ElementLog notes too. */
const MEMBER_DEPTH = 3;

export class JsonScanner {
  /** Absolute offset of the next byte to read (or of the error). */
  offset: number;
  /**
   * Set by the caller at a top-level member's `value` stop to note the elements of that array
   * (the values at depth 2); cleared at its `member` stop.
   */
  elements: ElementLog | undefined;
  keyStart = -1;
  valueStart = -1;
  /** The first byte of the member value at `valueStart`. */
  valueByte = 0;
  valueEnd = -1;
  /** A line feed was seen between tokens (`terraform plan -json` logs are JSON lines). */
  sawLineFeed = false;

  #state = VALUE;
  #depth = 0;
  #stack = new Uint8Array(64);
  #inKey = false;
  #hexLeft = 0;
  #literal: Uint8Array = TRUE;
  #literalAt = 0;
  /** Absolute offset of the element being read, when `elements` notes them. */
  elementStart = -1;
  /** `buffer`'s whole ArrayBuffer as 32-bit words, for the string loop (hasStop). */
  #words: Int32Array = new Int32Array(0);
  #wordsOf: Uint8Array | undefined;

  constructor(offset: number) {
    this.offset = offset;
  }

  /**
   * A scanner that starts at the opening quote of a key of the top-level object that follows
   * a comma: it reads the rest of a document as one that started at the beginning would, if
   * that is what the byte at `offset` is (src/plan/stream/tail.ts).
   */
  static atTopLevelKey(offset: number): JsonScanner {
    const scanner = new JsonScanner(offset);
    scanner.#state = KEY;
    scanner.#depth = 1;
    scanner.#stack[0] = IN_OBJECT;
    return scanner;
  }

  /** Consumes `buffer[offset - base … end)`, stopping early at the events of `ScanStop`. */
  scan(buffer: Uint8Array, base: number, end: number): ScanStop {
    // A quote just past the bytes given, where the buffer has room for it (FileWindow's always
    // has), stops the string loop there; the byte it covers is put back before returning.
    const sentinel = end < buffer.length;
    const covered = sentinel ? (buffer[end] as number) : 0;
    if (sentinel) buffer[end] = QUOTE;
    if (this.#wordsOf !== buffer) {
      this.#wordsOf = buffer;
      this.#words = new Int32Array(buffer.buffer, 0, buffer.buffer.byteLength >> 2);
    }
    const words = this.#words;
    const wordOffset = buffer.byteOffset;
    // Words wholly before `end`: the word loop reads no further.
    const lastWord = (wordOffset + end) >> 2;
    let i = this.offset - base;
    let state = this.#state;
    let depth = this.#depth;
    let inKey = this.#inKey;
    const stack = this.#stack;
    const elements = this.elements;
    let stop: ScanStop = 'more';
    scan: while (i < end) {
      switch (state) {
        case STRING: {
          // The hot loop: most of a plan is string bytes. With the sentinel at `end` (see the
          // start of scan) it needs no bound check of its own. The fast paths that lead into
          // another string go round this loop, not the switch.
          strings: for (;;) {
            if (i >= end) break scan;
            let byte = buffer[i] as number;
            if (sentinel) {
              // Byte by byte to a word boundary, then four bytes at a time to the word that holds
              // a stop byte, then byte by byte to it.
              while (STRING_STOP[byte] === 0 && ((wordOffset + i) & 3) !== 0) {
                i += 1;
                byte = buffer[i] as number;
              }
              if (STRING_STOP[byte] === 0) {
                let word = (wordOffset + i) >> 2;
                while (word < lastWord && hasStop(words[word] as number) === 0) word += 1;
                i = (word << 2) - wordOffset;
                byte = buffer[i] as number;
                while (STRING_STOP[byte] === 0) {
                  i += 1;
                  byte = buffer[i] as number;
                }
              }
              if (i >= end) break scan;
            } else {
              while (STRING_STOP[byte] === 0) {
                i += 1;
                if (i === end) break scan;
                byte = buffer[i] as number;
              }
            }
            if (byte === QUOTE) {
              i += 1;
              if (!inKey) {
                // Fast path below the change lists' elements for `,"`: straight into the next
                // key, or the next string of an array.
                if (depth > 2 && i + 1 < end && buffer[i] === COMMA && buffer[i + 1] === QUOTE) {
                  if (stack[depth - 1] === IN_OBJECT) {
                    if (elements !== undefined && depth <= KEY_DEPTH) {
                      if (elements.streaming) elements.valueEnd(base + i, depth);
                      elements.key(base + i + 1, depth);
                    }
                    inKey = true;
                  }
                  i += 2;
                  continue strings;
                }
                state = AFTER;
                continue scan;
              }
              inKey = false;
              state = COLON;
              if (depth === 1 && stack[0] === IN_OBJECT) {
                stop = 'key';
                break scan;
              }
              // Fast paths below the top for `":"`, `":{"` and `":[`: straight into what follows.
              if (i + 1 < end && buffer[i] === COLON_BYTE) {
                const next = buffer[i + 1];
                if (next === QUOTE) {
                  i += 2;
                  state = STRING;
                } else if ((next === OPEN_BRACE || next === OPEN_BRACKET) && depth < stack.length) {
                  i += 2;
                  stack[depth] = next === OPEN_BRACE ? IN_OBJECT : IN_ARRAY;
                  depth += 1;
                  state = next === OPEN_BRACE ? OBJECT_FIRST : ARRAY_FIRST;
                  if (i < end && buffer[i] === QUOTE) {
                    // `":{"` into the first key, `":["` into the first string.
                    if (next === OPEN_BRACE) {
                      if (elements !== undefined && depth <= KEY_DEPTH && depth > 2) {
                        elements.key(base + i, depth);
                      }
                      inKey = true;
                    }
                    i += 1;
                    state = STRING;
                  }
                } else {
                  // A number or a literal, most likely: read it as a value.
                  i += 1;
                  state = VALUE;
                }
              }
              if (state === STRING) continue strings;
              continue scan;
            }
            if (byte === BACKSLASH) {
              // `\"`, `\\`, `\n` and the like at once; `\u` and an escape cut by the piece's end
              // byte by byte.
              if (i + 1 < end && SIMPLE_ESCAPE[buffer[i + 1] as number] === 1) {
                i += 2;
                continue strings;
              }
              i += 1;
              state = ESCAPE;
              continue scan;
            }
            stop = 'error'; // a raw control character
            break scan;
          }
        }
        case AFTER: {
          if (depth === 0) {
            // A top-level scalar is complete; what follows is the caller's to read.
            state = END;
            stop = 'done';
            break scan;
          }
          if (
            elements !== undefined &&
            depth > 2 &&
            depth <= KEY_DEPTH &&
            elements.streaming &&
            stack[depth - 1] === IN_OBJECT
          ) {
            elements.valueEnd(base + i, depth);
          }
          let byte = buffer[i] as number;
          while (SPACE[byte] === 1) {
            if (byte === LF) this.sawLineFeed = true;
            i += 1;
            if (i === end) break scan;
            byte = buffer[i] as number;
          }
          const container = stack[depth - 1];
          if (depth === 2 && elements !== undefined && container === IN_ARRAY) {
            if (byte === COMMA || byte === CLOSE_BRACKET) {
              elements.add(this.elementStart, base + i);
              if (elements.streaming) stop = 'element';
            }
          }
          if (byte === COMMA && container !== undefined) {
            if (depth === 1 && container === IN_OBJECT) {
              this.valueEnd = base + i;
              stop = 'member';
            }
            i += 1;
            state = container === IN_OBJECT ? KEY : VALUE;
            if (stop !== 'more') break scan;
            // Fast path for `,"` below the top: straight into the key string, or (below the
            // elements of a change list, which are noted) the value string.
            if (i < end && buffer[i] === QUOTE && (state === KEY ? depth !== 1 : depth > 2)) {
              if (state === KEY && elements !== undefined && depth > 2 && depth <= KEY_DEPTH) {
                elements.key(base + i, depth);
              }
              i += 1;
              inKey = state === KEY;
              state = STRING;
            }
            continue;
          }
          if (
            (byte === CLOSE_BRACE && container === IN_OBJECT) ||
            (byte === CLOSE_BRACKET && container === IN_ARRAY)
          ) {
            if (depth === 1 && container === IN_OBJECT) {
              this.valueEnd = base + i;
              stop = 'member';
            }
            i += 1;
            depth -= 1;
            if (depth === 0) state = END;
            if (stop !== 'more') break scan;
            if (depth === 0) {
              stop = 'done';
              break scan;
            }
            continue;
          }
          stop = 'error';
          break scan;
        }
        case VALUE:
        case ARRAY_FIRST: {
          let byte = buffer[i] as number;
          while (SPACE[byte] === 1) {
            if (byte === LF) this.sawLineFeed = true;
            i += 1;
            if (i === end) break scan;
            byte = buffer[i] as number;
          }
          if (state === ARRAY_FIRST && byte === CLOSE_BRACKET) {
            i += 1;
            depth -= 1;
            state = depth === 0 ? END : AFTER;
            if (depth === 0) {
              stop = 'done';
              break scan;
            }
            continue;
          }
          if (depth === 2 && elements !== undefined) this.elementStart = base + i;
          const member = depth === 1 && stack[0] === IN_OBJECT;
          if (member) {
            this.valueStart = base + i;
            this.valueByte = byte;
          }
          i += 1;
          if (byte === QUOTE) {
            state = STRING;
          } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
            if (depth === stack.length) {
              // Deeper than ever: a larger stack, and a fresh start of this loop with it.
              this.#grow();
              i -= 1;
              break scan;
            }
            stack[depth] = byte === OPEN_BRACE ? IN_OBJECT : IN_ARRAY;
            depth += 1;
            state = byte === OPEN_BRACE ? OBJECT_FIRST : ARRAY_FIRST;
            // Fast path below the top-level members for `{"`: straight into the first key.
            if (byte === OPEN_BRACE && depth > 1 && !member && i < end && buffer[i] === QUOTE) {
              if (elements !== undefined && depth > 2 && depth <= KEY_DEPTH) {
                elements.key(base + i, depth);
              }
              i += 1;
              inKey = true;
              state = STRING;
            }
          } else if (DIGIT[byte] === 1) {
            state = byte === ZERO_BYTE ? ZERO : INTEGER;
          } else if (byte === MINUS_BYTE) {
            state = MINUS;
          } else if (byte === 0x74 || byte === 0x66 || byte === 0x6e) {
            const literal = byte === 0x74 ? TRUE : byte === 0x66 ? FALSE : NULL;
            // The whole word at once when the piece holds it; else byte by byte (LITERAL).
            const last = i + literal.length - 2;
            if (last < end && buffer[last] === literal[literal.length - 1]) {
              let at = 1;
              while (at < literal.length - 1 && buffer[i] === literal[at]) {
                i += 1;
                at += 1;
              }
              if (at === literal.length - 1) {
                i += 1;
                state = AFTER;
              } else {
                this.#literal = literal;
                this.#literalAt = at;
                state = LITERAL;
              }
            } else {
              this.#literal = literal;
              this.#literalAt = 1;
              state = LITERAL;
            }
          } else {
            i -= 1;
            stop = 'error';
            break scan;
          }
          if (member) {
            stop = 'value';
            break scan;
          }
          continue;
        }
        case OBJECT_FIRST:
        case KEY: {
          let byte = buffer[i] as number;
          while (SPACE[byte] === 1) {
            if (byte === LF) this.sawLineFeed = true;
            i += 1;
            if (i === end) break scan;
            byte = buffer[i] as number;
          }
          if (byte === QUOTE) {
            if (depth === 1) this.keyStart = base + i;
            else if (elements !== undefined && depth > 2 && depth <= KEY_DEPTH) {
              elements.key(base + i, depth);
            }
            i += 1;
            inKey = true;
            state = STRING;
            continue;
          }
          if (state === OBJECT_FIRST && byte === CLOSE_BRACE) {
            i += 1;
            depth -= 1;
            state = depth === 0 ? END : AFTER;
            if (depth === 0) {
              stop = 'done';
              break scan;
            }
            continue;
          }
          stop = 'error';
          break scan;
        }
        case COLON: {
          let byte = buffer[i] as number;
          while (SPACE[byte] === 1) {
            if (byte === LF) this.sawLineFeed = true;
            i += 1;
            if (i === end) break scan;
            byte = buffer[i] as number;
          }
          if (byte !== COLON_BYTE) {
            stop = 'error';
            break scan;
          }
          i += 1;
          state = VALUE;
          continue;
        }
        case ESCAPE: {
          const byte = buffer[i] as number;
          if (SIMPLE_ESCAPE[byte] === 1) {
            state = STRING;
          } else if (byte === 0x75) {
            this.#hexLeft = 4;
            state = UNICODE;
          } else {
            stop = 'error';
            break scan;
          }
          i += 1;
          continue;
        }
        case UNICODE: {
          if (HEX[buffer[i] as number] !== 1) {
            stop = 'error';
            break scan;
          }
          i += 1;
          this.#hexLeft -= 1;
          if (this.#hexLeft === 0) state = STRING;
          continue;
        }
        case LITERAL: {
          const literal = this.#literal;
          if (buffer[i] !== literal[this.#literalAt]) {
            stop = 'error';
            break scan;
          }
          i += 1;
          this.#literalAt += 1;
          if (this.#literalAt === literal.length) state = AFTER;
          continue;
        }
        case INTEGER:
        case FRACTION:
        case EXPONENT: {
          let byte = buffer[i] as number;
          while (DIGIT[byte] === 1) {
            i += 1;
            if (i === end) break scan;
            byte = buffer[i] as number;
          }
          if (state === INTEGER && byte === DOT_BYTE) {
            i += 1;
            state = POINT;
          } else if (state !== EXPONENT && (byte === 0x65 || byte === 0x45)) {
            i += 1;
            state = EXPONENT_MARK;
          } else {
            state = AFTER; // the byte ends the number; read it again as what follows
          }
          continue;
        }
        case ZERO: {
          const byte = buffer[i] as number;
          if (byte === DOT_BYTE) {
            i += 1;
            state = POINT;
          } else if (byte === 0x65 || byte === 0x45) {
            i += 1;
            state = EXPONENT_MARK;
          } else {
            state = AFTER;
          }
          continue;
        }
        case MINUS:
        case POINT:
        case EXPONENT_SIGN: {
          const byte = buffer[i] as number;
          if (DIGIT[byte] !== 1) {
            stop = 'error';
            break scan;
          }
          i += 1;
          state =
            state === POINT
              ? FRACTION
              : state === EXPONENT_SIGN
                ? EXPONENT
                : byte === ZERO_BYTE
                  ? ZERO
                  : INTEGER;
          continue;
        }
        case EXPONENT_MARK: {
          const byte = buffer[i] as number;
          if (byte === PLUS_BYTE || byte === MINUS_BYTE) {
            i += 1;
            state = EXPONENT_SIGN;
          } else if (DIGIT[byte] === 1) {
            i += 1;
            state = EXPONENT;
          } else {
            stop = 'error';
            break scan;
          }
          continue;
        }
        default: {
          // END: only whitespace may follow; the caller reads what does.
          stop = 'done';
          break scan;
        }
      }
    }
    if (sentinel) buffer[end] = covered;
    this.#state = state;
    this.#depth = depth;
    this.#inKey = inKey;
    this.offset = base + i;
    // Only #grow stops the loop with 'more' before the end: scan on with the larger stack.
    if (stop === 'more' && i < end) return this.scan(buffer, base, end);
    return stop;
  }

  /**
   * The input ended. A top-level scalar may end with it (a number has no end of its own);
   * anything else still open is a document cut short, whose error is at the end.
   */
  end(): 'done' | 'error' {
    if (this.#depth !== 0) return 'error';
    switch (this.#state) {
      case END:
      case AFTER:
      case ZERO:
      case INTEGER:
      case FRACTION:
      case EXPONENT:
        return 'done';
      default:
        return 'error';
    }
  }

  #grow(): void {
    const larger = new Uint8Array(this.#stack.length * 2);
    larger.set(this.#stack);
    this.#stack = larger;
  }
}
