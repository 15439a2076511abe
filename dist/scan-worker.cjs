"use strict";

// src/plan/stream/worker.ts
var import_node_fs = require("node:fs"), import_node_worker_threads = require("node:worker_threads");

// src/plan/stream/batch.ts
var MAX_IN_FLIGHT = 4, SCAN_JOB = "destroy-guard first pass", Stopped = class extends Error {
  name = "Stopped";
};
function waitForRoom(flags) {
  for (; ; ) {
    if (Atomics.load(flags, 1) === 1) throw new Stopped();
    let waiting = Atomics.load(flags, 0);
    if (waiting < MAX_IN_FLIGHT) break;
    Atomics.wait(flags, 0, waiting);
  }
  Atomics.add(flags, 0, 1);
}
var BatchWriter = class {
  #buffer;
  #windowBase = 0;
  /** The file offsets of the first element's start and the last one's end, -1 for none. */
  #first = -1;
  #last = -1;
  #notes = new Int32Array(4096);
  #length = 0;
  #count = 0;
  onElement = (buffer, base, log) => {
    this.#first < 0 && (this.#first = log.lastStart), this.#buffer = buffer, this.#windowBase = base, this.#last = log.lastEnd;
    let { members: members2, memberEnds, keys, valueEnds } = log, needed = 6 + members2.length + memberEnds.length + (keys?.length ?? 0) + valueEnds.length;
    if (this.#length + needed > this.#notes.length) {
      let larger = new Int32Array(Math.max(2 * this.#notes.length, this.#length + needed));
      larger.set(this.#notes.subarray(0, this.#length)), this.#notes = larger;
    }
    let origin = this.#first;
    this.#notes[this.#length++] = log.lastStart - origin, this.#notes[this.#length++] = log.lastEnd - origin, this.#put(members2, origin), this.#put(memberEnds, origin), keys === void 0 ? this.#notes[this.#length++] = -1 : this.#put(keys, origin), this.#put(valueEnds, origin), this.#count += 1;
  };
  /**
   * The elements told since the last batch, undefined when there are none: their bytes and
   * notes copied (`copy`, for another thread), or views of the window and of this writer's
   * notes, valid until the window reads on and the next element is told.
   */
  take(copy) {
    let buffer = this.#buffer;
    if (this.#count === 0 || buffer === void 0) return;
    let from = this.#first - this.#windowBase, to = from + this.#last - this.#first, batch = copy ? {
      bytes: Uint8Array.prototype.slice.call(buffer, from, to),
      base: this.#first,
      notes: this.#notes.slice(0, this.#length),
      count: this.#count
    } : {
      bytes: buffer.subarray(from, to),
      base: this.#first,
      notes: this.#notes.subarray(0, this.#length),
      count: this.#count
    };
    return this.#first = -1, this.#last = -1, this.#length = 0, this.#count = 0, this.#buffer = void 0, batch;
  }
  #put(offsets, origin) {
    let notes = this.#notes;
    notes[this.#length++] = offsets.length;
    for (let offset of offsets) notes[this.#length++] = offset - origin;
  }
};

// src/plan/json-space.ts
var JSON_SPACE = new Uint8Array(256);
for (let code of [32, 9, 10, 13]) JSON_SPACE[code] = 1;
function isJsonSpace(code) {
  return JSON_SPACE[code] === 1;
}

// src/plan/stream/scan.ts
var QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON_BYTE = 58, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, MINUS_BYTE = 45, PLUS_BYTE = 43, DOT_BYTE = 46, ZERO_BYTE = 48, LF = 10, STRING_STOP = new Uint8Array(256), SIMPLE_ESCAPE = new Uint8Array(256), HEX = new Uint8Array(256), DIGIT = new Uint8Array(256);
for (let byte = 0; byte < 32; byte += 1) STRING_STOP[byte] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;
for (let char of '"\\/bfnrt') SIMPLE_ESCAPE[char.charCodeAt(0)] = 1;
for (let char of "0123456789abcdefABCDEF") HEX[char.charCodeAt(0)] = 1;
for (let char of "0123456789") DIGIT[char.charCodeAt(0)] = 1;
function hasStop(word) {
  let quote = word ^ 572662306, backslash = word ^ 1549556828;
  return (word - 538976288 & ~word | quote - 16843009 & ~quote | backslash - 16843009 & ~backslash) & 2155905152;
}
var VALUE = 0, ARRAY_FIRST = 1, OBJECT_FIRST = 2, KEY = 3, COLON = 4, AFTER = 5, STRING = 6, ESCAPE = 7, UNICODE = 8, MINUS = 9, ZERO = 10, INTEGER = 11, POINT = 12, FRACTION = 13, EXPONENT_MARK = 14, EXPONENT_SIGN = 15, EXPONENT = 16, LITERAL = 17, END = 18, IN_OBJECT = 1, IN_ARRAY = 2, TRUE = Uint8Array.from(Buffer.from("true", "latin1")), FALSE = Uint8Array.from(Buffer.from("false", "latin1")), NULL = Uint8Array.from(Buffer.from("null", "latin1")), ElementLog = class {
  /** Absolute offset of each element's first byte. */
  starts = [];
  /** Absolute offset just after each element (its trailing whitespace included). */
  ends = [];
  overflowed = !1;
  /**
   * Absolute offset of the opening quote of every key at depth 4: the members of the objects
   * that are an element's member values (a change's `change`), so the second pass reads
   * those without walking over their values (src/plan/stream/fields.ts). Undefined once
   * there are more than KEYS_PER_ELEMENT per element on average.
   */
  keys = [];
  /** For each element, `keys.length` after it: its keys are those after the previous one's. */
  keyEnds = [];
  /**
   * Each element is handed over as soon as it ends, then forgotten (src/plan/stream/reader.ts
   * reads a change while its bytes are at hand): the scanner stops with `element`, `lastStart`
   * and `lastEnd` say where it lies, `keys`, `valueEnds`, `members` and `memberEnds` where its
   * members and theirs lie, and `next()` forgets them. The caller may turn it off (the log is
   * then an overflowed one, which notes nothing).
   */
  streaming;
  lastStart = -1;
  lastEnd = -1;
  /** Streaming: just after the value of each key in `keys`, where it is an object's member. */
  valueEnds = [];
  /** Streaming: the opening quote of each key of the element (depth 3). */
  members = [];
  /** Streaming: just after the value of each key in `members`. */
  memberEnds = [];
  #capacity;
  constructor(capacity, streaming = !1) {
    this.#capacity = streaming ? STREAMED_KEYS / KEYS_PER_ELEMENT : capacity, this.streaming = streaming;
  }
  add(start, end) {
    if (this.streaming) {
      this.lastStart = start, this.lastEnd = end;
      return;
    }
    if (!this.overflowed) {
      if (this.starts.length === this.#capacity) {
        this.overflowed = !0, this.starts = [], this.ends = [], this.keys = void 0, this.keyEnds = [];
        return;
      }
      this.starts.push(start), this.ends.push(end), this.keys !== void 0 && this.keyEnds.push(this.keys.length);
    }
  }
  /** A key at `depth` (MEMBER_DEPTH or KEY_DEPTH) opens at `start`. */
  key(start, depth) {
    if (depth === MEMBER_DEPTH) {
      this.streaming && this.members.push(start);
      return;
    }
    let { keys } = this;
    if (keys !== void 0) {
      if (keys.length === KEYS_PER_ELEMENT * this.#capacity) {
        this.keys = void 0, this.keyEnds = [];
        return;
      }
      keys.push(start);
    }
  }
  /**
   * Streaming: a value of an object at `depth` (MEMBER_DEPTH or KEY_DEPTH) ended at `end`; the
   * scanner may say so again for the same value (it reads on after a piece), which counts once.
   */
  valueEnd(end, depth) {
    depth === MEMBER_DEPTH ? this.memberEnds.length < this.members.length && this.memberEnds.push(end) : this.keys !== void 0 && this.valueEnds.length < this.keys.length && this.valueEnds.push(end);
  }
  /** Streaming: the element handed over is forgotten, keys and all. */
  next() {
    this.keys === void 0 ? this.keys = [] : this.keys.length = 0, this.valueEnds.length = 0, this.members.length = 0, this.memberEnds.length = 0;
  }
  /** Streaming no more: the rest of the array is noted as an overflowed log, not at all. */
  stopStreaming() {
    this.streaming = !1, this.overflowed = !0, this.keys = void 0;
  }
}, STREAMED_KEYS = 96, KEYS_PER_ELEMENT = 12, KEY_DEPTH = 4, MEMBER_DEPTH = 3, JsonScanner = class _JsonScanner {
  /** Absolute offset of the next byte to read (or of the error). */
  offset;
  /**
   * Set by the caller at a top-level member's `value` stop to note the elements of that array
   * (the values at depth 2); cleared at its `member` stop.
   */
  elements;
  keyStart = -1;
  valueStart = -1;
  /** The first byte of the member value at `valueStart`. */
  valueByte = 0;
  valueEnd = -1;
  /** A line feed was seen between tokens (`terraform plan -json` logs are JSON lines). */
  sawLineFeed = !1;
  #state = VALUE;
  #depth = 0;
  #stack = new Uint8Array(64);
  #inKey = !1;
  #hexLeft = 0;
  #literal = TRUE;
  #literalAt = 0;
  /** Absolute offset of the element being read, when `elements` notes them. */
  elementStart = -1;
  /** `buffer`'s whole ArrayBuffer as 32-bit words, for the string loop (hasStop). */
  #words = new Int32Array(0);
  #wordsOf;
  constructor(offset) {
    this.offset = offset;
  }
  /**
   * A scanner that starts at the opening quote of a key of the top-level object that follows
   * a comma: it reads the rest of a document as one that started at the beginning would, if
   * that is what the byte at `offset` is (src/plan/stream/tail.ts).
   */
  static atTopLevelKey(offset) {
    let scanner = new _JsonScanner(offset);
    return scanner.#state = KEY, scanner.#depth = 1, scanner.#stack[0] = IN_OBJECT, scanner;
  }
  /** Consumes `buffer[offset - base \u2026 end)`, stopping early at the events of `ScanStop`. */
  scan(buffer, base, end) {
    let sentinel = end < buffer.length, covered = sentinel ? buffer[end] : 0;
    sentinel && (buffer[end] = QUOTE), this.#wordsOf !== buffer && (this.#wordsOf = buffer, this.#words = new Int32Array(buffer.buffer, 0, buffer.buffer.byteLength >> 2));
    let words = this.#words, wordOffset = buffer.byteOffset, lastWord = wordOffset + end >> 2, i = this.offset - base, state = this.#state, depth = this.#depth, inKey = this.#inKey, stack = this.#stack, elements = this.elements, stop = "more";
    scan: for (; i < end; )
      switch (state) {
        case STRING:
          strings: for (; ; ) {
            if (i >= end) break scan;
            let byte = buffer[i];
            if (sentinel) {
              for (; STRING_STOP[byte] === 0 && (wordOffset + i & 3) !== 0; )
                i += 1, byte = buffer[i];
              if (STRING_STOP[byte] === 0) {
                let word = wordOffset + i >> 2;
                for (; word < lastWord && hasStop(words[word]) === 0; ) word += 1;
                for (i = (word << 2) - wordOffset, byte = buffer[i]; STRING_STOP[byte] === 0; )
                  i += 1, byte = buffer[i];
              }
              if (i >= end) break scan;
            } else
              for (; STRING_STOP[byte] === 0; ) {
                if (i += 1, i === end) break scan;
                byte = buffer[i];
              }
            if (byte === QUOTE) {
              if (i += 1, !inKey) {
                if (depth > 2 && i + 1 < end && buffer[i] === COMMA && buffer[i + 1] === QUOTE) {
                  stack[depth - 1] === IN_OBJECT && (elements !== void 0 && depth <= KEY_DEPTH && (elements.streaming && elements.valueEnd(base + i, depth), elements.key(base + i + 1, depth)), inKey = !0), i += 2;
                  continue strings;
                }
                state = AFTER;
                continue scan;
              }
              if (inKey = !1, state = COLON, depth === 1 && stack[0] === IN_OBJECT) {
                stop = "key";
                break scan;
              }
              if (i + 1 < end && buffer[i] === COLON_BYTE) {
                let next = buffer[i + 1];
                next === QUOTE ? (i += 2, state = STRING) : (next === OPEN_BRACE || next === OPEN_BRACKET) && depth < stack.length ? (i += 2, stack[depth] = next === OPEN_BRACE ? IN_OBJECT : IN_ARRAY, depth += 1, state = next === OPEN_BRACE ? OBJECT_FIRST : ARRAY_FIRST, i < end && buffer[i] === QUOTE && (next === OPEN_BRACE && (elements !== void 0 && depth <= KEY_DEPTH && depth > 2 && elements.key(base + i, depth), inKey = !0), i += 1, state = STRING)) : (i += 1, state = VALUE);
              }
              if (state === STRING) continue strings;
              continue scan;
            }
            if (byte === BACKSLASH) {
              if (i + 1 < end && SIMPLE_ESCAPE[buffer[i + 1]] === 1) {
                i += 2;
                continue strings;
              }
              i += 1, state = ESCAPE;
              continue scan;
            }
            stop = "error";
            break scan;
          }
        case AFTER: {
          if (depth === 0) {
            state = END, stop = "done";
            break scan;
          }
          elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.streaming && stack[depth - 1] === IN_OBJECT && elements.valueEnd(base + i, depth);
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = !0), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          let container = stack[depth - 1];
          if (depth === 2 && elements !== void 0 && container === IN_ARRAY && (byte === COMMA || byte === CLOSE_BRACKET) && (elements.add(this.elementStart, base + i), elements.streaming && (stop = "element")), byte === COMMA && container !== void 0) {
            if (depth === 1 && container === IN_OBJECT && (this.valueEnd = base + i, stop = "member"), i += 1, state = container === IN_OBJECT ? KEY : VALUE, stop !== "more") break scan;
            i < end && buffer[i] === QUOTE && (state === KEY ? depth !== 1 : depth > 2) && (state === KEY && elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.key(base + i, depth), i += 1, inKey = state === KEY, state = STRING);
            continue;
          }
          if (byte === CLOSE_BRACE && container === IN_OBJECT || byte === CLOSE_BRACKET && container === IN_ARRAY) {
            if (depth === 1 && container === IN_OBJECT && (this.valueEnd = base + i, stop = "member"), i += 1, depth -= 1, depth === 0 && (state = END), stop !== "more") break scan;
            if (depth === 0) {
              stop = "done";
              break scan;
            }
            continue;
          }
          stop = "error";
          break scan;
        }
        case VALUE:
        case ARRAY_FIRST: {
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = !0), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          if (state === ARRAY_FIRST && byte === CLOSE_BRACKET) {
            if (i += 1, depth -= 1, state = depth === 0 ? END : AFTER, depth === 0) {
              stop = "done";
              break scan;
            }
            continue;
          }
          depth === 2 && elements !== void 0 && (this.elementStart = base + i);
          let member = depth === 1 && stack[0] === IN_OBJECT;
          if (member && (this.valueStart = base + i, this.valueByte = byte), i += 1, byte === QUOTE)
            state = STRING;
          else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
            if (depth === stack.length) {
              this.#grow(), i -= 1;
              break scan;
            }
            stack[depth] = byte === OPEN_BRACE ? IN_OBJECT : IN_ARRAY, depth += 1, state = byte === OPEN_BRACE ? OBJECT_FIRST : ARRAY_FIRST, byte === OPEN_BRACE && depth > 1 && !member && i < end && buffer[i] === QUOTE && (elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.key(base + i, depth), i += 1, inKey = !0, state = STRING);
          } else if (DIGIT[byte] === 1)
            state = byte === ZERO_BYTE ? ZERO : INTEGER;
          else if (byte === MINUS_BYTE)
            state = MINUS;
          else if (byte === 116 || byte === 102 || byte === 110) {
            let literal = byte === 116 ? TRUE : byte === 102 ? FALSE : NULL, last = i + literal.length - 2;
            if (last < end && buffer[last] === literal[literal.length - 1]) {
              let at = 1;
              for (; at < literal.length - 1 && buffer[i] === literal[at]; )
                i += 1, at += 1;
              at === literal.length - 1 ? (i += 1, state = AFTER) : (this.#literal = literal, this.#literalAt = at, state = LITERAL);
            } else
              this.#literal = literal, this.#literalAt = 1, state = LITERAL;
          } else {
            i -= 1, stop = "error";
            break scan;
          }
          if (member) {
            stop = "value";
            break scan;
          }
          continue;
        }
        case OBJECT_FIRST:
        case KEY: {
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = !0), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          if (byte === QUOTE) {
            depth === 1 ? this.keyStart = base + i : elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.key(base + i, depth), i += 1, inKey = !0, state = STRING;
            continue;
          }
          if (state === OBJECT_FIRST && byte === CLOSE_BRACE) {
            if (i += 1, depth -= 1, state = depth === 0 ? END : AFTER, depth === 0) {
              stop = "done";
              break scan;
            }
            continue;
          }
          stop = "error";
          break scan;
        }
        case COLON: {
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = !0), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          if (byte !== COLON_BYTE) {
            stop = "error";
            break scan;
          }
          i += 1, state = VALUE;
          continue;
        }
        case ESCAPE: {
          let byte = buffer[i];
          if (SIMPLE_ESCAPE[byte] === 1)
            state = STRING;
          else if (byte === 117)
            this.#hexLeft = 4, state = UNICODE;
          else {
            stop = "error";
            break scan;
          }
          i += 1;
          continue;
        }
        case UNICODE: {
          if (HEX[buffer[i]] !== 1) {
            stop = "error";
            break scan;
          }
          i += 1, this.#hexLeft -= 1, this.#hexLeft === 0 && (state = STRING);
          continue;
        }
        case LITERAL: {
          let literal = this.#literal;
          if (buffer[i] !== literal[this.#literalAt]) {
            stop = "error";
            break scan;
          }
          i += 1, this.#literalAt += 1, this.#literalAt === literal.length && (state = AFTER);
          continue;
        }
        case INTEGER:
        case FRACTION:
        case EXPONENT: {
          let byte = buffer[i];
          for (; DIGIT[byte] === 1; ) {
            if (i += 1, i === end) break scan;
            byte = buffer[i];
          }
          state === INTEGER && byte === DOT_BYTE ? (i += 1, state = POINT) : state !== EXPONENT && (byte === 101 || byte === 69) ? (i += 1, state = EXPONENT_MARK) : state = AFTER;
          continue;
        }
        case ZERO: {
          let byte = buffer[i];
          byte === DOT_BYTE ? (i += 1, state = POINT) : byte === 101 || byte === 69 ? (i += 1, state = EXPONENT_MARK) : state = AFTER;
          continue;
        }
        case MINUS:
        case POINT:
        case EXPONENT_SIGN: {
          let byte = buffer[i];
          if (DIGIT[byte] !== 1) {
            stop = "error";
            break scan;
          }
          i += 1, state = state === POINT ? FRACTION : state === EXPONENT_SIGN ? EXPONENT : byte === ZERO_BYTE ? ZERO : INTEGER;
          continue;
        }
        case EXPONENT_MARK: {
          let byte = buffer[i];
          if (byte === PLUS_BYTE || byte === MINUS_BYTE)
            i += 1, state = EXPONENT_SIGN;
          else if (DIGIT[byte] === 1)
            i += 1, state = EXPONENT;
          else {
            stop = "error";
            break scan;
          }
          continue;
        }
        default: {
          stop = "done";
          break scan;
        }
      }
    return sentinel && (buffer[end] = covered), this.#state = state, this.#depth = depth, this.#inKey = inKey, this.offset = base + i, stop === "more" && i < end ? this.scan(buffer, base, end) : stop;
  }
  /**
   * The input ended. A top-level scalar may end with it (a number has no end of its own);
   * anything else still open is a document cut short, whose error is at the end.
   */
  end() {
    if (this.#depth !== 0) return "error";
    switch (this.#state) {
      case END:
      case AFTER:
      case ZERO:
      case INTEGER:
      case FRACTION:
      case EXPONENT:
        return "done";
      default:
        return "error";
    }
  }
  #grow() {
    let larger = new Uint8Array(this.#stack.length * 2);
    larger.set(this.#stack), this.#stack = larger;
  }
};

// src/plan/wrapper.ts
function isLineEndLetter(code) {
  return code === 65 || code === 97 || code === 68 || code === 100;
}
function isEscapedLineEnd(first, second, third) {
  return first === 37 && second === 48 && isLineEndLetter(third);
}

// src/plan/stream/window.ts
var import_node_buffer = require("node:buffer"), MAX_PIECE_BYTES = import_node_buffer.constants.MAX_STRING_LENGTH, SPARE = 1, MAX_RESERVE = 64 * 1024, PieceTooLarge = class extends Error {
  name = "PieceTooLarge";
}, FileWindow = class {
  /**
   * Valid bytes are `buffer[first \u2026 length)`; `buffer[index]` is the file's byte at `base +
   * index`. Readers only look at bytes at or after what they asked to keep.
   */
  buffer;
  base;
  length = 0;
  first = 0;
  /** Told the end of what the window holds after each read: progress for long reads. */
  onRead;
  #handle;
  #readBytes;
  /**
   * Room before each piece read ahead: kept bytes that fit there (a change being read) are
   * copied in front of the piece, not the piece after them.
   */
  #reserve;
  #limit;
  /** The read of the piece after `end`, already under way, into `#ahead`. */
  #pending;
  #ahead;
  /**
   * Reads `[start, limit)` of the file (to its end when `limit` is Infinity), `readBytes` at a
   * time, telling `onRead` how far after each read.
   */
  constructor(handle, start, readBytes, limit = 1 / 0, onRead) {
    this.onRead = onRead, this.#handle = handle, this.#readBytes = Math.max(1, Math.floor(readBytes)), this.#reserve = Math.min(this.#readBytes, MAX_RESERVE), this.#limit = limit, this.base = start, this.buffer = import_node_buffer.Buffer.allocUnsafe(this.#reserve + this.#readBytes + SPARE);
  }
  /** Absolute offset just after the last valid byte. */
  get end() {
    return this.base + this.length;
  }
  /**
   * Forgets the bytes before `keep` (an absolute offset), then reads the next piece after the
   * ones it holds. False at the end of the file (or of the range).
   */
  async advance(keep) {
    let from = Math.min(Math.max(keep - this.base, this.first), this.length);
    this.first = from;
    let pending = this.#pending ?? this.#readAhead();
    if (this.#pending = void 0, pending === void 0) return !1;
    let bytesRead = await pending;
    if (bytesRead === 0) return !1;
    let ahead = this.#ahead, reserve = this.#reserve, kept = this.length - from;
    return kept <= reserve && ahead.length === this.buffer.length ? (this.buffer.copy(ahead, reserve - kept, from, this.length), this.base += this.length - reserve, this.#ahead = this.buffer, this.buffer = ahead, this.first = reserve - kept, this.length = reserve + bytesRead) : (this.buffer.copyWithin(0, from, this.length), this.base += from, this.first = 0, this.length = kept, this.length + bytesRead + SPARE > this.buffer.length && this.#grow(this.length + bytesRead + SPARE), ahead.copy(this.buffer, this.length, reserve, reserve + bytesRead), this.length += bytesRead), this.#pending = this.#readAhead(), this.onRead?.(this.end), !0;
  }
  /** Starts reading the piece after `end`; undefined at the end of the range. */
  #readAhead() {
    let wanted = Math.min(this.#readBytes, this.#limit - this.end);
    if (wanted <= 0) return;
    this.#ahead ??= import_node_buffer.Buffer.allocUnsafe(this.#reserve + this.#readBytes + SPARE);
    let read2 = this.#handle.read(this.#ahead, this.#reserve, wanted, this.end).then(({ bytesRead }) => bytesRead);
    return read2.catch(() => {
    }), read2;
  }
  /** The bytes `[start, end)` (absolute offsets) the window holds, as text. */
  text(start, end) {
    return this.buffer.toString("utf8", start - this.base, end - this.base);
  }
  #grow(needed) {
    if (needed > MAX_PIECE_BYTES + this.#readBytes) throw new PieceTooLarge();
    let larger = import_node_buffer.Buffer.allocUnsafe(
      Math.max(needed, Math.min(this.buffer.length * 2, MAX_PIECE_BYTES + this.#readBytes))
    );
    this.buffer.copy(larger, 0, 0, this.length), this.buffer = larger;
  }
};

// src/plan/stream/warm.ts
var import_node_buffer2 = require("node:buffer");
var SAMPLE = [
  String.raw`{"format_version":"1.2","resource_changes":[{"address":"a.b[\"x\"]","mode":"managed",`,
  String.raw`"change":{"actions":["delete"],"before":{"n":-1.5e+3,"m":0,"z":0.25,"e":1E5,"g":2e-1,`,
  String.raw`"h":-0,"i":120,"t":true,"f":false,"u":null,"s":"\\\/\b\f\n\r\t\u00e9 \u00e9",`,
  String.raw`"l":[[],{},[1,{"a":[{"b":{"c":[{"d":1}]}}]}]],"q":"x","o":{"p":[true,false,null,"v",{}]}},`,
  String.raw`"after":null,"after_unknown":{}}} ,`,
  ` 	\r
`,
  String.raw`{ "address" : "c" , "change" : { "actions" : [ "create" ] , "before" : null } }`,
  `
`,
  String.raw`,{"address":"d","change":{}},{}],"deferred_changes":[],`,
  String.raw`"planned_values":{"root_module":{"resources":[{"values":{"k":[1,2],"s":"t"}}]}},`,
  String.raw`"errored":false,"complete":true,"applyable":null,"z":0,"x":-0.5e-2} `
].join(""), warmed = !1;
function warmScanner() {
  if (warmed) return;
  warmed = !0;
  let bytes = import_node_buffer2.Buffer.from(SAMPLE, "utf8"), buffer = import_node_buffer2.Buffer.alloc(bytes.length + 1);
  bytes.copy(buffer);
  for (let piece of [bytes.length, 1, 3, 7, 16]) {
    let scanner = new JsonScanner(0);
    for (let end = Math.min(piece, bytes.length); !(!drive(scanner, buffer, end) || end === bytes.length); end = Math.min(end + piece, bytes.length))
      ;
    scanner.end();
  }
  let exact = new JsonScanner(0);
  drive(exact, bytes, bytes.length);
}
function drive(scanner, buffer, end) {
  for (; ; ) {
    let stop = scanner.scan(buffer, 0, end);
    if (stop === "more") return !0;
    if (stop === "done" || stop === "error") return !1;
    stop === "key" ? scanner.keyStart = -1 : stop === "value" && scanner.valueByte === 91 ? scanner.elements = new ElementLog(8, scanner.valueStart < FIRST_ARRAY_BEFORE) : stop === "element" ? (scanner.elements?.next(), scanner.elementStart = -1) : stop === "member" && (scanner.elements = void 0);
  }
}
var FIRST_ARRAY_BEFORE = 64;

// src/plan/stream/ranges.ts
var DEFAULT_ELEMENT_CAPACITY = 1e6, BrokenDocument = class extends Error {
  name = "BrokenDocument";
  broken;
  constructor(broken) {
    super(`invalid JSON at byte ${broken.at}`), this.broken = broken;
  }
}, OPEN_BRACE2 = 123, OPEN_BRACKET2 = 91;
async function indexDocument(handle, start, readBytes, wrapped, options = {}) {
  let { elementCapacity = DEFAULT_ELEMENT_CAPACITY, onElement, onPieceEnd } = options;
  warmScanner();
  let window = new FileWindow(handle, start, readBytes, 1 / 0, options.onRead), scanner = options.fromKey === !0 ? JsonScanner.atTopLevelKey(start) : new JsonScanner(start), top = {}, lists = {}, key = "", keep = -1, streamOffered = onElement === void 0, handedOver = !1, broken = (at, atEnd) => new BrokenDocument({ at, atEnd, complete: !1, firstLineIsValue: !1, top });
  for (; ; ) {
    let stop = scanner.scan(window.buffer, window.base, window.length);
    if (stop === "more") {
      if (onPieceEnd?.(), await advance(window, scanner, keep)) continue;
      if (scanner.end() === "done") break;
      throw broken(window.end, !0);
    }
    if (stop === "element") {
      let log = scanner.elements;
      onElement(window.buffer, window.base, log), handedOver = !0, log.next(), scanner.elementStart = -1;
      continue;
    }
    if (stop === "key") {
      if (options.handOff?.() === scanner.keyStart) {
        onPieceEnd?.();
        let handedOff = { at: scanner.keyStart, sawLineFeed: scanner.sawLineFeed };
        return { top, lists, handedOver, handedOff };
      }
      key = String(JSON.parse(window.text(scanner.keyStart, scanner.offset))), scanner.keyStart = -1;
    } else if (stop === "value") {
      let byte = scanner.valueByte;
      if (keep = byte === OPEN_BRACE2 || byte === OPEN_BRACKET2 ? -1 : scanner.valueStart, byte === OPEN_BRACKET2 && (key === "resource_changes" || key === "deferred_changes")) {
        let stream = !streamOffered && key === "resource_changes";
        stream && (streamOffered = !0), scanner.elements = new ElementLog(elementCapacity, stream);
      }
    } else if (stop === "member")
      noteMember(scanner, window, key, keep, top, lists), scanner.elements = void 0, keep = -1;
    else {
      if (stop === "done")
        break;
      throw broken(scanner.offset, !1);
    }
  }
  return onPieceEnd?.(), await checkTail(window, scanner, wrapped, top), { top, lists, handedOver };
}
function noteMember(scanner, window, key, keep, top, lists) {
  let { valueStart, valueEnd, valueByte } = scanner, value = keep >= 0 ? JSON.parse(window.text(valueStart, valueEnd)) : emptied(valueByte);
  if (Object.defineProperty(top, key, { value, writable: !0, enumerable: !0, configurable: !0 }), key !== "resource_changes" && key !== "deferred_changes") return;
  let log = scanner.elements, range = { start: valueStart, end: valueEnd, firstByte: valueByte };
  lists[key] = log === void 0 || log.overflowed ? range : log.streaming ? { ...range, streamed: !0 } : { ...range, elements: log };
}
async function advance(window, scanner, keep) {
  let log = scanner.elements, element = log?.streaming === !0 ? scanner.elementStart : -1, pending = scanner.keyStart >= 0 ? scanner.keyStart : element >= 0 ? element : keep;
  try {
    return await window.advance(pending >= 0 ? pending : scanner.offset);
  } catch (error) {
    if (!(error instanceof PieceTooLarge) || element < 0 || log === void 0) throw error;
    return log.stopStreaming(), window.advance(keep >= 0 ? keep : scanner.offset);
  }
}
function emptied(firstByte) {
  return firstByte === OPEN_BRACE2 ? {} : [];
}
var LF2 = 10, COLON2 = 58, PERCENT = 37;
async function checkTail(window, scanner, wrapped, top) {
  let lineFeedInside = scanner.sawLineFeed, lineFeed = !1, previous = -1, escapesAt = -1, escapes = 0, position = scanner.offset, broken = (at) => new BrokenDocument({
    at: escapesAt >= 0 ? escapesAt : at,
    atEnd: !1,
    complete: !0,
    firstLineIsValue: !lineFeedInside && lineFeed,
    top
  });
  for (let byte = await byteAt(window, position); byte >= 0; byte = await byteAt(window, position)) {
    if (isJsonSpace(byte))
      byte === LF2 && escapesAt < 0 && (lineFeed = !0);
    else if (wrapped && byte === COLON2 && previous === LF2) {
      if (await byteAt(window, position + 1) === COLON2) return;
      throw broken(position);
    } else if (wrapped && byte === PERCENT && escapes < 4 && (escapesAt < 0 || isLineEndLetter(previous))) {
      escapesAt < 0 && (escapesAt = position);
      let zero = await byteAt(window, position + 1), letter = await byteAt(window, position + 2);
      if (!isEscapedLineEnd(byte, zero, letter)) throw broken(position);
      escapes += 1, position += 2, byte = letter;
    } else
      throw broken(position);
    escapesAt >= 0 && byte !== PERCENT && isJsonSpace(byte) && (escapes = 4), previous = byte, position += 1;
  }
}
async function byteAt(window, position) {
  for (; position >= window.end; )
    if (!await window.advance(window.end)) return -1;
  return window.buffer[position - window.base];
}

// src/plan/stream/tail.ts
var import_node_buffer3 = require("node:buffer"), KEY2 = import_node_buffer3.Buffer.from('"prior_state":', "latin1");
async function findTailKey(file, start, size, readBytes) {
  let floor = start + Math.floor((size - start) / 2), piece = Math.max(readBytes, KEY2.length), buffer = import_node_buffer3.Buffer.allocUnsafe(piece + KEY2.length);
  for (let end = size; end > floor; ) {
    let from = Math.max(floor, end - piece), length = Math.min(end + KEY2.length - 1, size) - from, { bytesRead } = await file.read(buffer, 0, length, from), at = buffer.subarray(0, bytesRead).lastIndexOf(KEY2);
    if (at >= 0) return from + at;
    end = from;
  }
  return -1;
}

// src/plan/stream/worker.ts
async function scan(job2, port) {
  let post = (message, transfer = []) => {
    port.postMessage(message, transfer);
  }, file = descriptor(job2.fd);
  try {
    let index = job2.role === "head" ? await head(job2, file, post) : await tail(job2, file, post);
    post(index === void 0 ? { kind: "none" } : done(index));
  } catch (error) {
    error instanceof Stopped || post(failure(error));
  }
}
function head(job2, file, post) {
  job2.guessFirst && Atomics.wait(job2.split, 0, -1n);
  let writer = new BatchWriter(), handOver = () => {
    let batch = writer.take(!0);
    batch !== void 0 && (waitForRoom(job2.flags), post({ kind: "batch", batch }, [
      batch.bytes.buffer,
      batch.notes.buffer
    ]));
  };
  return indexDocument(file, job2.start, job2.readBytes, job2.wrapped, {
    elementCapacity: job2.elementCapacity,
    onRead: (end) => post({ kind: "read", end }),
    onElement: writer.onElement,
    onPieceEnd: handOver,
    handOff: () => Number(Atomics.load(job2.split, 0))
  });
}
async function tail(job2, file, post) {
  let at = await findTailKey(file, job2.start, job2.size, job2.readBytes);
  if (Atomics.store(job2.split, 0, BigInt(at < 0 ? -2 : at)), Atomics.notify(job2.split, 0), !(at < 0))
    return indexDocument(file, at, job2.readBytes, job2.wrapped, {
      elementCapacity: job2.elementCapacity,
      onRead: (end) => {
        if (Atomics.load(job2.flags, 1) === 1) throw new Stopped();
        post({ kind: "read", end });
      },
      fromKey: !0
    });
}
function done(index) {
  let lists = {};
  for (let [key, range] of Object.entries(index.lists)) lists[key] = plain(range);
  return {
    kind: "done",
    top: members(index.top),
    lists,
    handedOver: index.handedOver,
    ...index.handedOff === void 0 ? {} : { handedOff: index.handedOff }
  };
}
function failure(error) {
  if (error instanceof BrokenDocument) {
    let { top, ...broken } = error.broken;
    return { kind: "broken", broken, top: members(top) };
  }
  if (error instanceof PieceTooLarge) return { kind: "too-large" };
  let { name, message } = error instanceof Error ? error : new Error(String(error));
  return { kind: "failed", name, message, code: error.code };
}
function descriptor(fd) {
  return {
    read: (buffer, offset, length, position) => new Promise((resolve, reject) => {
      (0, import_node_fs.read)(fd, buffer, offset, length, position, (error, bytesRead) => {
        error === null ? resolve({ bytesRead }) : reject(error);
      });
    })
  };
}
function plain(range) {
  let { elements, ...rest } = range;
  if (elements === void 0) return rest;
  let { starts, ends, keys, keyEnds } = elements;
  return { ...rest, elements: { starts, ends, keys, keyEnds } };
}
function members(top) {
  return Object.keys(top).map((key) => [key, top[key]]);
}
var job = import_node_worker_threads.workerData;
import_node_worker_threads.parentPort !== null && job?.kind === SCAN_JOB && scan(job, import_node_worker_threads.parentPort);
