/**
 * The first pass over a plan read in pieces (src/plan/stream/reader.ts): validates the whole document
 * as JSON.parse would, and notes the top-level members. Scalars are kept (format_version,
 * terraform_version, errored, complete, applyable: what toPlanMeta reads); objects and arrays
 * are skipped, leaving an empty one of the same kind in their place, and for the change lists
 * their byte range, read again by the second pass. Members are kept as JSON.parse keeps them:
 * in first-seen order, the last value winning.
 */
import type { Buffer } from 'node:buffer';
import { isJsonSpace } from '../json-space.js';
import { ElementLog, JsonScanner } from './scan.js';
import { MAX_ESCAPED_LINE_ENDS, isEscapedLineEnd, isLineEndLetter } from '../wrapper.js';
import { FileWindow, PieceTooLarge, type PositionalFile } from './window.js';
import { warmScanner } from './warm.js';

export type ListKey = 'resource_changes' | 'deferred_changes';

/** Where a member's value lies in the file, and its first byte (its kind). */
export interface ValueRange {
  readonly start: number;
  readonly end: number;
  readonly firstByte: number;
  /** For an array: where each element lies, unless there were more than the log holds. */
  readonly elements?: NotedElements;
  /** Every element was handed to the first pass's ElementSink as it ended. */
  readonly streamed?: boolean;
}

/** What an ElementLog (src/plan/stream/scan.ts) noted of a list's elements for the second pass. */
export type NotedElements = Pick<ElementLog, 'starts' | 'ends' | 'keys' | 'keyEnds'>;

/**
 * Told each element of the first `resource_changes` array as soon as the first pass has
 * checked it, while its bytes are at hand: `buffer[log.lastStart - base … log.lastEnd -
 * base)`, with what the streaming log noted of its members (src/plan/stream/scan.ts).
 */
export type ElementSink = (buffer: Buffer, base: number, log: ElementLog) => void;

/**
 * Elements noted per change list: 16 MB of offsets at most. A real plan has one element per
 * resource instance (about 14,000 in 100 MB); a list with more is split by scanning again.
 */
export const DEFAULT_ELEMENT_CAPACITY = 1_000_000;

export interface PlanIndex {
  /** The top-level object, containers emptied: the input toPlanMeta and changeList expect. */
  readonly top: Readonly<Record<string, unknown>>;
  /** The last occurrence of each change list. */
  readonly lists: Readonly<Partial<Record<ListKey, ValueRange>>>;
  /** Some element was handed to the ElementSink (of a list that may not be the last one). */
  readonly handedOver: boolean;
  /** IndexOptions.handOff: the index ends before the top-level key at `at`. */
  readonly handedOff?: { readonly at: number; readonly sawLineFeed: boolean };
  /** Read by two scans, the second from this top-level key on (src/plan/stream/threaded.ts). */
  readonly tailFrom?: number;
}

/** Where, and in what situation, the document stops being JSON (src/plan/stream/errors.ts). */
export interface Broken {
  /** The first byte that cannot continue the document; the end of the input when it is cut short. */
  readonly at: number;
  readonly atEnd: boolean;
  /** The document's value was complete: the error is in what follows it. */
  readonly complete: boolean;
  /** The value ended on the first line of the text, and a line followed (a JSON-lines log). */
  readonly firstLineIsValue: boolean;
  readonly top: Readonly<Record<string, unknown>>;
}

export class BrokenDocument extends Error {
  override readonly name = 'BrokenDocument';
  readonly broken: Broken;

  constructor(broken: Broken) {
    super(`invalid JSON at byte ${broken.at}`);
    this.broken = broken;
  }
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

export interface IndexOptions {
  /** Elements noted per change list (default DEFAULT_ELEMENT_CAPACITY). */
  readonly elementCapacity?: number | undefined;
  /** Told the end of what has been read, after every read. */
  readonly onRead?: ((end: number) => void) | undefined;
  /**
   * Told the elements of the first `resource_changes` array as they end (the list is then
   * `streamed`), unless one is larger than a piece may be.
   */
  readonly onElement?: ElementSink | undefined;
  /**
   * Told before each read, and once at the end: the bytes of the elements told so far are
   * about to go (src/plan/stream/batch.ts copies them out here).
   */
  readonly onPieceEnd?: (() => void) | undefined;
  /**
   * `start` is the opening quote of a top-level key after a comma: the rest of a document
   * another scan reads to there (src/plan/stream/tail.ts).
   */
  readonly fromKey?: boolean | undefined;
  /**
   * Where another scan reads on from, asked at each top-level key: when a key starts there,
   * the index ends before it (PlanIndex.handedOff). -1 while not known.
   */
  readonly handOff?: (() => number) | undefined;
}

/**
 * Validates the JSON text starting at `start` and indexes its top-level object. `wrapped`:
 * the setup-terraform wrapper's `::` lines may follow it (src/plan/decode.ts). Throws
 * BrokenDocument for invalid JSON.
 */
export async function indexDocument(
  handle: PositionalFile,
  start: number,
  readBytes: number,
  wrapped: boolean,
  options: IndexOptions = {},
): Promise<PlanIndex> {
  const { elementCapacity = DEFAULT_ELEMENT_CAPACITY, onElement, onPieceEnd } = options;
  warmScanner();
  const window = new FileWindow(handle, start, readBytes, Infinity, options.onRead);
  const scanner =
    options.fromKey === true ? JsonScanner.atTopLevelKey(start) : new JsonScanner(start);
  const top: Record<string, unknown> = {};
  const lists: Partial<Record<ListKey, ValueRange>> = {};
  let key = '';
  let keep = -1;
  let streamOffered = onElement === undefined;
  let handedOver = false;
  const broken = (at: number, atEnd: boolean): BrokenDocument =>
    new BrokenDocument({ at, atEnd, complete: false, firstLineIsValue: false, top });

  for (;;) {
    const stop = scanner.scan(window.buffer, window.base, window.length);
    if (stop === 'more') {
      onPieceEnd?.();
      if (await advance(window, scanner, keep)) continue;
      if (scanner.end() === 'done') break;
      throw broken(window.end, true);
    }
    if (stop === 'element') {
      const log = scanner.elements as ElementLog;
      (onElement as ElementSink)(window.buffer, window.base, log);
      handedOver = true;
      log.next();
      scanner.elementStart = -1;
      continue;
    }
    if (stop === 'key') {
      if (options.handOff?.() === scanner.keyStart) {
        onPieceEnd?.();
        const handedOff = { at: scanner.keyStart, sawLineFeed: scanner.sawLineFeed };
        return { top, lists, handedOver, handedOff };
      }
      key = String(JSON.parse(window.text(scanner.keyStart, scanner.offset)));
      scanner.keyStart = -1;
    } else if (stop === 'value') {
      const byte = scanner.valueByte;
      keep = byte === OPEN_BRACE || byte === OPEN_BRACKET ? -1 : scanner.valueStart;
      if (byte === OPEN_BRACKET && (key === 'resource_changes' || key === 'deferred_changes')) {
        // Only the first list is streamed: a later one wins (JSON.parse keeps the last).
        const stream = !streamOffered && key === 'resource_changes';
        if (stream) streamOffered = true;
        scanner.elements = new ElementLog(elementCapacity, stream);
      }
    } else if (stop === 'member') {
      noteMember(scanner, window, key, keep, top, lists);
      scanner.elements = undefined;
      keep = -1;
    } else if (stop === 'done') {
      break;
    } else {
      throw broken(scanner.offset, false);
    }
  }
  onPieceEnd?.();
  await checkTail(window, scanner, wrapped, top);
  return { top, lists, handedOver };
}

/** The member that just ended, kept as JSON.parse keeps it; a change list's range noted. */
function noteMember(
  scanner: JsonScanner,
  window: FileWindow,
  key: string,
  keep: number,
  top: Record<string, unknown>,
  lists: Partial<Record<ListKey, ValueRange>>,
): void {
  const { valueStart, valueEnd, valueByte } = scanner;
  const value: unknown =
    keep >= 0 ? JSON.parse(window.text(valueStart, valueEnd)) : emptied(valueByte);
  // As JSON.parse: an own property even for `__proto__`; a repeated key keeps its place.
  Object.defineProperty(top, key, { value, writable: true, enumerable: true, configurable: true });
  if (key !== 'resource_changes' && key !== 'deferred_changes') return;
  const log = scanner.elements;
  const range = { start: valueStart, end: valueEnd, firstByte: valueByte };
  lists[key] =
    log === undefined || log.overflowed
      ? range
      : log.streaming
        ? { ...range, streamed: true }
        : { ...range, elements: log };
}

/**
 * Reads on, keeping the top-level key or scalar being read (`keep`), or the element a
 * streaming log is reading. An element too large to keep is not streamed: the log stops
 * streaming, and the second pass reads the list (and names that element).
 */
async function advance(window: FileWindow, scanner: JsonScanner, keep: number): Promise<boolean> {
  const log = scanner.elements;
  const element = log?.streaming === true ? scanner.elementStart : -1;
  const pending = scanner.keyStart >= 0 ? scanner.keyStart : element >= 0 ? element : keep;
  try {
    return await window.advance(pending >= 0 ? pending : scanner.offset);
  } catch (error) {
    if (!(error instanceof PieceTooLarge) || element < 0 || log === undefined) throw error;
    log.stopStreaming();
    return window.advance(keep >= 0 ? keep : scanner.offset);
  }
}

/** A skipped object or array: only its kind is ever looked at (src/plan/schema.ts, recognise.ts). */
function emptied(firstByte: number): unknown {
  return firstByte === OPEN_BRACE ? {} : [];
}

const LF = 0x0a;
const COLON = 0x3a;
const PERCENT = 0x25;

/**
 * What may follow the document: JSON whitespace to the end. With the wrapper, the text ends
 * where its `::` lines begin (a line starting with `::`), and up to four literal `%0A`/`%0D`
 * may end the JSON line (the rule of src/plan/wrapper.ts).
 */
async function checkTail(
  window: FileWindow,
  scanner: JsonScanner,
  wrapped: boolean,
  top: Readonly<Record<string, unknown>>,
): Promise<void> {
  const lineFeedInside = scanner.sawLineFeed;
  let lineFeed = false;
  let previous = -1;
  let escapesAt = -1;
  let escapes = 0;
  let position = scanner.offset;
  const broken = (at: number): BrokenDocument =>
    new BrokenDocument({
      at: escapesAt >= 0 ? escapesAt : at,
      atEnd: false,
      complete: true,
      firstLineIsValue: !lineFeedInside && lineFeed,
      top,
    });
  for (
    let byte = await byteAt(window, position);
    byte >= 0;
    byte = await byteAt(window, position)
  ) {
    if (isJsonSpace(byte)) {
      if (byte === LF && escapesAt < 0) lineFeed = true;
    } else if (wrapped && byte === COLON && previous === LF) {
      if ((await byteAt(window, position + 1)) === COLON) return;
      throw broken(position);
    } else if (
      wrapped &&
      byte === PERCENT &&
      escapes < MAX_ESCAPED_LINE_ENDS &&
      (escapesAt < 0 || isLineEndLetter(previous))
    ) {
      if (escapesAt < 0) escapesAt = position;
      const zero = await byteAt(window, position + 1);
      const letter = await byteAt(window, position + 2);
      if (!isEscapedLineEnd(byte, zero, letter)) throw broken(position);
      escapes += 1;
      position += 2;
      byte = letter;
    } else {
      throw broken(position);
    }
    if (escapesAt >= 0 && byte !== PERCENT && isJsonSpace(byte)) escapes = MAX_ESCAPED_LINE_ENDS;
    previous = byte;
    position += 1;
  }
}

/** The byte at an absolute offset at or after the window's start, or -1 past the end. */
async function byteAt(window: FileWindow, position: number): Promise<number> {
  while (position >= window.end) {
    if (!(await window.advance(window.end))) return -1;
  }
  return window.buffer[position - window.base] as number;
}
