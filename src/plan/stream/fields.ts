/**
 * The second pass's reader of one `resource_changes` element (src/plan/stream/reader.ts): the
 * fields toPlanChange maps, read from the bytes the first pass has already validated, without
 * JSON.parse building the attribute values nobody will read. A plan of 400,000 small changes
 * spends most of its time parsing `before`, `after` and their marks (docs/design.md section
 * 10); the sink says, from a change's type and actions, whether it reads them.
 *
 * The result is the element as JSON.parse gives it, less `index`, unknown members and, when
 * the sink does not read them, the attribute values: toPlanChange validates and maps it as
 * it does any element. Anything out of the ordinary (an escaped key, an element that is not
 * an object) gives `undefined`, and the caller parses the element whole, as before.
 *
 * readChangeFields and skipValue are a hot loop, longer than the house's 80 lines on purpose:
 * they run over every byte of the change lists.
 */
import type { Buffer } from 'node:buffer';
import { JSON_SPACE as SPACE } from '../json-space.js';
import { STRING_STOP } from './scan.js';

/**
 * Whether the sink reads the attribute values of a change of this type and these actions: yes,
 * no, or only when `before` holds one of these top-level keys (an update, whose protection
 * attributes are read only where `before` has them: src/assess/weakened.ts).
 */
export type NeedsValues = (type: string, actions: readonly string[]) => boolean | BeforeKeys;

/** Top-level keys of `before` (ASCII, without escapes), any one of which makes the values read. */
export type BeforeKeys = readonly string[];

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Members of an element read into slots: those whose value toPlanChange reads (`index` is
 * carried, never read), then `change`.
 */
const ELEMENT_KEYS = [
  'address',
  'module_address',
  'mode',
  'type',
  'name',
  'provider_name',
  'deposed',
  'action_reason',
  'previous_address',
  'change',
] as const;
const CHANGE_AT = 9;
/** Element members whose values differ from change to change: not worth remembering. */
const UNIQUE_AT = Uint8Array.from(ELEMENT_KEYS, (_, at) =>
  at === 0 || at === 6 || at === 8 ? 1 : 0,
);
/** Members of `change`: the first two parsed whatever the sink says, the others (the attribute values) only when it reads them. */
const CHANGE_KEYS = [
  'actions',
  'replace_paths',
  'before',
  'after',
  'after_unknown',
  'before_sensitive',
  'after_sensitive',
] as const;
const FIRST_VALUE_AT = 2;

/** Keys as bytes, grouped by length: a key is compared only with those of its length. */
interface KeyTable {
  readonly byLength: readonly (readonly number[] | undefined)[];
  readonly bytes: readonly Uint8Array[];
}

function keyTable(keys: readonly string[]): KeyTable {
  const byLength: (number[] | undefined)[] = [];
  keys.forEach((key, index) => (byLength[key.length] ??= []).push(index));
  return {
    byLength,
    bytes: keys.map((key) => Uint8Array.from(key, (char) => char.charCodeAt(0))),
  };
}
const ELEMENT_TABLE = keyTable(ELEMENT_KEYS);
const CHANGE_TABLE = keyTable(CHANGE_KEYS);

/**
 * Where each known member's value lies: `[start, end, escaped]` per key, -1 when absent (the
 * last of a repeated key wins, as with JSON.parse). Reused: reading is synchronous.
 */
const elementSlots = new Int32Array(3 * ELEMENT_KEYS.length);
const changeSlots = new Int32Array(3 * CHANGE_KEYS.length);

/** Set by skipString: the string held a backslash. */
let escaped = false;

/**
 * Where the first pass saw the keys of an element's member objects (ElementLog.keys in
 * src/plan/stream/scan.ts): `list[from … to)`, absolute offsets, `base` the buffer's.
 */
export interface KeyNotes {
  readonly list: readonly number[];
  readonly from: number;
  readonly to: number;
  readonly base: number;
}

/** The notes of the element being read. */
let notes: KeyNotes | undefined;

/**
 * The element at `buffer[start … end)` (offsets into the buffer), or `undefined` when it must
 * be parsed whole. The bytes must be valid JSON (the first pass checked them).
 */
export function readChangeFields(
  buffer: Buffer,
  start: number,
  end: number,
  needsValues: NeedsValues,
  keys?: KeyNotes,
): Record<string, unknown> | undefined {
  notes = keys;
  changeSlots.fill(-1);
  if (readMembers(buffer, skipSpace(buffer, start, end), end, ELEMENT_TABLE, elementSlots) < 0) {
    return undefined;
  }
  return fieldsOf(buffer, needsValues);
}

/**
 * readChangeFields for an element whose members, and the members of its `change`, the first
 * pass noted with the ends of their values: only the keys are read, no value is walked.
 * `notes[at …]` holds them as an ElementBatch does (src/plan/stream/batch.ts): the count of
 * the element's members, their offsets, then alike their values' ends, the `change`'s keys
 * and their values' ends, as offsets into `buffer`.
 */
export function readStreamedFields(
  buffer: Buffer,
  start: number,
  end: number,
  needsValues: NeedsValues,
  notes: Int32Array,
  at: number,
): Record<string, unknown> | undefined {
  const members = at + 1;
  const memberCount = notes[at] as number;
  const memberEnds = members + memberCount + 1;
  const keysAt = memberEnds + (notes[memberEnds - 1] as number);
  const keys = keysAt + 1;
  const keyCount = notes[keysAt] as number;
  const valueEnds = keys + keyCount + 1;
  if (
    buffer[skipSpace(buffer, start, end)] !== OPEN_BRACE ||
    notes[memberEnds - 1] !== memberCount ||
    notes[valueEnds - 1] !== keyCount
  ) {
    return readChangeFields(buffer, start, end, needsValues);
  }
  elementSlots.fill(-1);
  changeSlots.fill(-1);
  let next = 0;
  for (let member = 0; member < memberCount; member += 1) {
    const valueStart = notedValue(buffer, notes[members + member] as number, end, ELEMENT_TABLE);
    if (valueStart === -1) return undefined;
    const known = notedKey;
    if (known < 0) continue;
    const valueEnd = notes[memberEnds + member] as number;
    escaped = false;
    if (UNIQUE_AT[known] === 1 && buffer[valueStart] === QUOTE) {
      skipString(buffer, valueStart + 1, end);
    } else if (known === CHANGE_AT && buffer[valueStart] === OPEN_BRACE) {
      // The change's own keys: those noted between its braces (the last change wins).
      changeSlots.fill(-1);
      while (next < keyCount && (notes[keys + next] as number) < valueStart) next += 1;
      for (; next < keyCount && (notes[keys + next] as number) < valueEnd; next += 1) {
        const from = notedValue(buffer, notes[keys + next] as number, end, CHANGE_TABLE);
        if (from === -1) return undefined;
        if (notedKey < 0) continue;
        changeSlots[3 * notedKey] = from;
        changeSlots[3 * notedKey + 1] = notes[valueEnds + next] as number;
        changeSlots[3 * notedKey + 2] = 0;
      }
    }
    elementSlots[3 * known] = valueStart;
    elementSlots[3 * known + 1] = valueEnd;
    elementSlots[3 * known + 2] = escaped ? 1 : 0;
  }
  return fieldsOf(buffer, needsValues);
}

/** Set by notedValue: the key's place in its table, -1 when it holds no such key. */
let notedKey = -1;

/**
 * From the opening quote of a key to the first byte of its value, the key's place in `table`
 * in notedKey; -1 when the key is escaped (it may name a known key: the element is parsed).
 */
function notedValue(buffer: Buffer, quote: number, end: number, table: KeyTable): number {
  escaped = false;
  const keyEnd = skipString(buffer, quote + 1, end);
  if (escaped || keyEnd >= end) return -1;
  notedKey = keyIndex(buffer, quote + 1, keyEnd - 1, table);
  return skipSpace(buffer, skipSpace(buffer, keyEnd, end) + 1, end);
}

/** The element whose members' values elementSlots and changeSlots hold. */
function fieldsOf(buffer: Buffer, needsValues: NeedsValues): Record<string, unknown> {
  const slots = elementSlots;
  const type = elementField(buffer, 3);
  let change: unknown;
  const changeFrom = slots[3 * CHANGE_AT] as number;
  if (changeFrom >= 0) {
    const changeTo = slots[3 * CHANGE_AT + 1] as number;
    change =
      buffer[changeFrom] === OPEN_BRACE
        ? readChange(buffer, type, needsValues)
        : parse(buffer, changeFrom, changeTo);
  }
  // Every key present, undefined when the element has none: toPlanChange reads both alike.
  return {
    address: elementField(buffer, 0),
    module_address: elementField(buffer, 1),
    mode: elementField(buffer, 2),
    type,
    name: elementField(buffer, 4),
    provider_name: elementField(buffer, 5),
    deposed: elementField(buffer, 6),
    action_reason: elementField(buffer, 7),
    previous_address: elementField(buffer, 8),
    change,
  };
}

/** The value of the element's member `ELEMENT_KEYS[at]`, undefined when it has none. */
function elementField(buffer: Buffer, at: number): unknown {
  const from = elementSlots[3 * at] as number;
  if (from < 0) return undefined;
  const to = elementSlots[3 * at + 1] as number;
  return UNIQUE_AT[at] === 1
    ? valueOf(buffer, from, to, elementSlots[3 * at + 2] === 1)
    : remembered(buffer, from, to, at);
}

/** The value of the change's member `CHANGE_KEYS[at]`, undefined when it has none. */
function changeField(buffer: Buffer, at: number, remember: boolean): unknown {
  const from = changeSlots[3 * at] as number;
  if (from < 0) return undefined;
  const to = changeSlots[3 * at + 1] as number;
  return remember
    ? remembered(buffer, from, to, ELEMENT_KEYS.length + at)
    : parse(buffer, from, to);
}

/**
 * The element's `change` object, whose members readMembers noted in changeSlots (the last
 * `change` of the element: a repeated key starts them over), its attribute values only if the
 * sink reads them.
 */
function readChange(
  buffer: Buffer,
  type: unknown,
  needsValues: NeedsValues,
): Record<string, unknown> {
  const actions = changeField(buffer, 0, true);
  const wanted =
    typeof type !== 'string' ||
    !Array.isArray(actions) ||
    !actions.every((word) => typeof word === 'string') ||
    needsValues(type, actions as string[]);
  const read = typeof wanted === 'boolean' ? wanted : beforeMayHold(buffer, wanted);
  if (!read) return { actions, replace_paths: changeField(buffer, 1, true) };
  return {
    actions,
    replace_paths: changeField(buffer, 1, true),
    before: changeField(buffer, FIRST_VALUE_AT, false),
    after: changeField(buffer, 3, false),
    after_unknown: changeField(buffer, 4, false),
    before_sensitive: changeField(buffer, 5, false),
    after_sensitive: changeField(buffer, 6, false),
  };
}

/** Each list of keys as a table: a change's `before` is read for them (beforeMayHold). */
const beforeTables = new WeakMap<BeforeKeys, KeyTable>();

/**
 * Whether the change's `before` may have one of `keys` as a member: one of its own keys is,
 * or is escaped (it may spell one), or the bytes are not the object they should be. False for
 * an absent or null `before`, or one that is not an object: no protection is read from those
 * (src/assess/read-protection.ts). Only its keys are compared; values are walked over.
 */
function beforeMayHold(buffer: Buffer, keys: BeforeKeys): boolean {
  const from = changeSlots[3 * FIRST_VALUE_AT] as number;
  if (from < 0 || buffer[from] !== OPEN_BRACE) return false;
  const end = changeSlots[3 * FIRST_VALUE_AT + 1] as number;
  let table = beforeTables.get(keys);
  if (table === undefined) {
    table = keyTable(keys);
    beforeTables.set(keys, table);
  }
  let i = skipSpace(buffer, from + 1, end);
  if (buffer[i] === CLOSE_BRACE) return false;
  for (;;) {
    if (buffer[i] !== QUOTE) return true;
    escaped = false;
    const keyEnd = skipString(buffer, i + 1, end);
    if (escaped || keyEnd > end || keyIndex(buffer, i + 1, keyEnd - 1, table) >= 0) return true;
    i = skipSpace(buffer, keyEnd, end);
    if (buffer[i] !== COLON) return true;
    const valueEnd = skipValue(buffer, skipSpace(buffer, i + 1, end), end);
    if (valueEnd > end) return true;
    i = skipSpace(buffer, valueEnd, end);
    if (buffer[i] === CLOSE_BRACE) return false;
    if (buffer[i] !== COMMA) return true;
    i = skipSpace(buffer, i + 1, end);
  }
}

/**
 * Notes in `slots` where the values of the object at `start` lie, for the keys of `table`,
 * and returns the offset just after it; -1 when a key is escaped or the bytes are not the
 * object they should be. An element's `change` is read on the way, into changeSlots.
 */
function readMembers(
  buffer: Buffer,
  start: number,
  end: number,
  table: KeyTable,
  slots: Int32Array,
): number {
  slots.fill(-1);
  if (buffer[start] !== OPEN_BRACE) return -1;
  let i = skipSpace(buffer, start + 1, end);
  if (buffer[i] === CLOSE_BRACE) return i + 1;
  for (;;) {
    if (buffer[i] !== QUOTE) return -1;
    const keyStart = i + 1;
    escaped = false;
    i = skipString(buffer, keyStart, end);
    if (escaped || i >= end) return -1;
    const known = keyIndex(buffer, keyStart, i - 1, table);
    i = skipSpace(buffer, i, end);
    if (buffer[i] !== COLON) return -1;
    const valueStart = skipSpace(buffer, i + 1, end);
    escaped = false;
    let valueEnd: number;
    if (table === ELEMENT_TABLE && known === CHANGE_AT && buffer[valueStart] === OPEN_BRACE) {
      // The change is the bulk of the element: read from the first pass's notes, or walked.
      valueEnd = notes === undefined ? -1 : readNotedMembers(buffer, valueStart, end, notes);
      if (valueEnd < 0) valueEnd = readMembers(buffer, valueStart, end, CHANGE_TABLE, changeSlots);
      if (valueEnd < 0) return -1;
    } else {
      valueEnd = skipValue(buffer, valueStart, end);
      if (valueEnd > end) return -1;
    }
    if (known >= 0) {
      slots[3 * known] = valueStart;
      slots[3 * known + 1] = valueEnd;
      slots[3 * known + 2] = escaped ? 1 : 0;
    }
    i = skipSpace(buffer, valueEnd, end);
    if (buffer[i] === CLOSE_BRACE) return i + 1;
    if (buffer[i] !== COMMA) return -1;
    i = skipSpace(buffer, i + 1, end);
  }
}

/**
 * readMembers for a `change` whose keys the first pass noted: each value lies between its key
 * and the comma before the next noted key, so only the last value is walked. A key noted
 * after a `{` starts another object: the change ended before it. -1 when the notes do not
 * fit the bytes; the caller then walks the change.
 */
function readNotedMembers(buffer: Buffer, start: number, end: number, keys: KeyNotes): number {
  const slots = changeSlots;
  slots.fill(-1);
  const { list, to, base } = keys;
  let next = keys.from;
  while (next < to && (list[next] as number) - base <= start) next += 1;
  let i = skipSpace(buffer, start + 1, end);
  if (buffer[i] === CLOSE_BRACE) return i + 1;
  for (;;) {
    if (buffer[i] !== QUOTE || next >= to || (list[next] as number) - base !== i) return -1;
    next += 1;
    const keyStart = i + 1;
    escaped = false;
    i = skipString(buffer, keyStart, end);
    if (escaped || i >= end) return -1;
    const known = keyIndex(buffer, keyStart, i - 1, CHANGE_TABLE);
    i = skipSpace(buffer, i, end);
    if (buffer[i] !== COLON) return -1;
    const valueStart = skipSpace(buffer, i + 1, end);
    // The comma before the next noted key, when that key is this object's.
    const following = next < to ? (list[next] as number) - base : -1;
    let comma = following - 1;
    while (comma > valueStart && SPACE[buffer[comma] as number] === 1) comma -= 1;
    let valueEnd: number;
    if (following > valueStart && following < end && buffer[comma] === COMMA) {
      valueEnd = comma;
      while (SPACE[buffer[valueEnd - 1] as number] === 1) valueEnd -= 1;
      i = following;
    } else {
      // The last member: walked to its end, then the change's `}`.
      valueEnd = skipValue(buffer, valueStart, end);
      if (valueEnd > end) return -1;
      i = skipSpace(buffer, valueEnd, end);
      if (buffer[i] !== CLOSE_BRACE) return -1;
    }
    if (known >= 0) {
      slots[3 * known] = valueStart;
      slots[3 * known + 1] = valueEnd;
      slots[3 * known + 2] = 0;
    }
    if (i !== following) return i + 1;
  }
}

function keyIndex(buffer: Buffer, start: number, end: number, table: KeyTable): number {
  const candidates = table.byLength[end - start];
  if (candidates === undefined) return -1;
  for (let at = 0; at < candidates.length; at += 1) {
    const index = candidates[at] as number;
    if (sameBytes(buffer, start, table.bytes[index] as Uint8Array)) return index;
  }
  return -1;
}

/** A string without escapes is its bytes; anything else is what JSON.parse makes of it. */
function valueOf(buffer: Buffer, start: number, end: number, escaped: boolean): unknown {
  if (buffer[start] === QUOTE && !escaped) return buffer.toString('utf8', start + 1, end - 1);
  return parse(buffer, start, end);
}

function parse(buffer: Buffer, start: number, end: number): unknown {
  return JSON.parse(buffer.toString('utf8', start, end));
}

function sameBytes(buffer: Uint8Array, start: number, bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    if (buffer[start + index] !== bytes[index]) return false;
  }
  return true;
}

/** Values remembered by their bytes: a direct-mapped cache of REMEMBERED slots. */
const REMEMBERED = 4096;
const rememberedBytes: (Uint8Array | undefined)[] = new Array<undefined>(REMEMBERED);
const rememberedValues: unknown[] = new Array<unknown>(REMEMBERED);
/** The value each member (by its place in ELEMENT_KEYS, then CHANGE_KEYS) had last. */
const lastBytes: (Uint8Array | undefined)[] = new Array<undefined>(
  ELEMENT_KEYS.length + CHANGE_KEYS.length,
);
const lastValues: unknown[] = new Array<unknown>(ELEMENT_KEYS.length + CHANGE_KEYS.length);
/** Longer values are parsed each time: they rarely repeat, and hashing them costs. */
const REMEMBER_BYTES = 256;

/**
 * What JSON.parse makes of `buffer[start … end)`, the same value (and object: they are never
 * changed) for the same bytes: a plan of 400,000 changes has a few dozen distinct types,
 * modes, providers, reasons and action lists, and decoding each again costs more than its
 * hash.
 */
function remembered(buffer: Buffer, start: number, end: number, field: number): unknown {
  const length = end - start;
  // Most often the value this member had in the change before (a mode, a provider, a reason).
  const last = lastBytes[field];
  if (last !== undefined && last.length === length && sameBytes(buffer, start, last)) {
    return lastValues[field];
  }
  if (length > REMEMBER_BYTES) return parse(buffer, start, end);
  // The slot from the length and the bytes at both ends (types share their provider's
  // prefix); a collision only costs a parse, as the bytes are compared whole.
  let hash = 0x811c9dc5 ^ length;
  const head = Math.min(end, start + 8);
  for (let i = start; i < head; i += 1) hash = Math.imul(hash ^ (buffer[i] as number), 0x01000193);
  for (let i = Math.max(head, end - 12); i < end; i += 1) {
    hash = Math.imul(hash ^ (buffer[i] as number), 0x01000193);
  }
  const slot = (hash >>> 0) % REMEMBERED;
  let known = rememberedBytes[slot];
  let value: unknown;
  if (known !== undefined && known.length === length && sameBytes(buffer, start, known)) {
    value = rememberedValues[slot];
  } else {
    value = parse(buffer, start, end);
    known = Uint8Array.prototype.slice.call(buffer, start, end);
    rememberedBytes[slot] = known;
    rememberedValues[slot] = value;
  }
  lastBytes[field] = known;
  lastValues[field] = value;
  return value;
}

function skipSpace(buffer: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end && SPACE[buffer[i] as number] === 1) i += 1;
  return i;
}

/** From just after an opening quote to just after the closing one; notes a backslash. */
function skipString(buffer: Buffer, start: number, end: number): number {
  let i = start;
  for (;;) {
    // STRING_STOP is 1 for `"`, `\` and control characters; past the buffer it reads
    // undefined, which stops the loop too.
    while (STRING_STOP[buffer[i] as number] === 0) i += 1;
    if (i >= end) return end + 1;
    if (buffer[i] === QUOTE) return i + 1;
    escaped = true;
    i += 2;
  }
}

/** In skipValue: 1 for a quote, 2 for an opening bracket, 3 for a closing one, 0 otherwise. */
const NESTING = new Uint8Array(256);
NESTING[QUOTE] = 1;
NESTING[OPEN_BRACE] = 2;
NESTING[OPEN_BRACKET] = 2;
NESTING[CLOSE_BRACE] = 3;
NESTING[CLOSE_BRACKET] = 3;

/**
 * Just after the valid JSON value at `start` (past `end` when it does not end in time): only
 * strings and nesting are followed, which is all a validated value needs.
 */
function skipValue(buffer: Buffer, start: number, end: number): number {
  const first = buffer[start];
  if (first === QUOTE) return skipString(buffer, start + 1, end);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: up to the delimiter that follows it.
    let i = start;
    while (i < end) {
      const byte = buffer[i] as number;
      if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || SPACE[byte] === 1)
        return i;
      i += 1;
    }
    return i;
  }
  let depth = 1;
  let i = start + 1;
  while (i < end) {
    const kind = NESTING[buffer[i] as number];
    i += 1;
    if (kind === 0) continue;
    if (kind === 1) {
      for (;;) {
        while (STRING_STOP[buffer[i] as number] === 0) i += 1;
        if (i >= end) return end + 1;
        if (buffer[i] === QUOTE) break;
        i += 2;
      }
      i += 1;
    } else if (kind === 2) {
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return end + 1;
}
