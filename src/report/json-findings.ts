/**
 * The findings of the JSON report written as UTF-8 bytes (src/report/json.ts writes the rest):
 * a report of 400,000 findings spends most of its rendering time here (docs/design.md section
 * 10). All but the address repeat from finding to finding, so their bytes are made once and
 * copied; the address is copied a code unit a byte when it is plain ASCII. The pieces are
 * handed out whole, so the report is never one string or one buffer, and no character is
 * split between two pieces.
 */
import type { Finding, ProtectionValue } from '../assess/finding.js';

/**
 * JSON.stringify writes these raw; as `\uXXXX` they are the same JSON value but cannot
 * reorder or hide text, or drive a terminal, when the report is printed (escape.ts has the why).
 * They only ever occur inside strings, so replacing them keeps the document valid.
 */
const INVISIBLE_IN_JSON =
  /[\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/gu;

export function escapeInvisible(json: string): string {
  return json.replace(
    INVISIBLE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A string as JSON, invisible characters escaped (all of them lie above U+007E). */
export function jsonString(value: string): string {
  let plain = true;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0x7f) return escapeInvisible(JSON.stringify(value));
    if (code < 0x20 || code === 0x22 || code === 0x5c) plain = false;
  }
  return plain ? `"${value}"` : JSON.stringify(value);
}

/** The most bytes one UTF-16 code unit takes as JSON text: `\uXXXX`. */
const MAX_BYTES_PER_UNIT = 6;

const encoder = new TextEncoder();

/**
 * Bytes written into pieces of `size` bytes; a piece is ready once the next write would not
 * fit in it, and a write larger than `size` gets a piece of its own size.
 */
export class ByteChunks {
  readonly #size: number;
  #bytes: Uint8Array;
  #length = 0;
  #ready: Uint8Array | undefined;

  constructor(size: number) {
    this.#size = size;
    this.#bytes = new Uint8Array(size);
  }

  /** The piece that filled up, once: take it after every write. */
  take(): Uint8Array | undefined {
    const ready = this.#ready;
    this.#ready = undefined;
    return ready;
  }

  /** Whatever is written and not yet taken, as one last piece. */
  rest(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }

  text(text: string): void {
    this.bytes(encoder.encode(text));
  }

  bytes(bytes: Uint8Array): void {
    this.#room(bytes.length).set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /**
   * `head`, the address as a JSON string, then `tail`, in one piece. Printable ASCII (the
   * common address) is copied as it is checked; anything else is written as jsonString writes it.
   */
  field(head: Uint8Array, address: string, tail: Uint8Array): void {
    const count = address.length;
    const bytes = this.#room(head.length + MAX_BYTES_PER_UNIT * count + 2 + tail.length);
    bytes.set(head, this.#length);
    let at = this.#length + head.length;
    const start = at;
    bytes[at++] = 0x22; // "
    let index = 0;
    for (; index < count; index += 1) {
      const code = address.charCodeAt(index);
      if (code < 0x20 || code >= 0x7f) break;
      // `"` and `\` (in `this["key"]`) as JSON.stringify writes them.
      if (code === 0x22 || code === 0x5c) bytes[at++] = 0x5c;
      bytes[at++] = code;
    }
    if (index === count) bytes[at++] = 0x22;
    else at = start + encoder.encodeInto(jsonString(address), bytes.subarray(start)).written;
    bytes.set(tail, at);
    this.#length = at + tail.length;
  }

  /** The current piece, with `count` bytes free after what is written. */
  #room(count: number): Uint8Array {
    if (this.#length + count <= this.#bytes.length) return this.#bytes;
    // A write only ever follows a take: at most one piece waits.
    if (this.#length > 0) this.#ready = this.#bytes.subarray(0, this.#length);
    this.#bytes = new Uint8Array(Math.max(this.#size, count));
    this.#length = 0;
    return this.#bytes;
  }
}

/** Values repeated across findings whose JSON is kept; past this many the memo starts over. */
const MEMO_LIMIT = 10_000;
/** Distinct texts after the address kept at once: findings in a run alternate between a few. */
const TAILS_KEPT = 4;

interface Tail {
  readonly finding: Finding;
  readonly bytes: Uint8Array;
}

/**
 * Each finding as `JSON.stringify(findingJson(finding), null, 2)` writes it at the depth of the
 * report's `findings` array, invisible characters escaped, a comma and line break before all
 * but the first (test/report/streamed.test.ts compares it with JSON.stringify).
 */
export class FindingWriter {
  readonly #strings = new Map<string, string>();
  readonly #lists = new WeakMap<readonly unknown[], string>();
  /**
   * The finding before and its text up to the address's value: sorted findings come in runs
   * of one kind and plan.
   */
  #last: Finding | undefined;
  #head = new Uint8Array();
  /** The latest texts after the address, most recent first, with a finding each was made for. */
  readonly #tails: Tail[] = [];

  write(finding: Finding, out: ByteChunks): void {
    const last = this.#last;
    if (
      last === undefined ||
      last.kind !== finding.kind ||
      last.severity !== finding.severity ||
      last.requiresApproval !== finding.requiresApproval ||
      last.plan !== finding.plan
    ) {
      this.#head = encoder.encode(this.#headOf(finding));
    }
    this.#last = finding;
    // The head starts with the comma after the finding before: the first has none.
    const head = last === undefined ? this.#head.subarray(1) : this.#head;
    out.field(head, finding.address, this.#tail(finding));
  }

  #tail(finding: Finding): Uint8Array {
    const tails = this.#tails;
    if (finding.deposed === undefined) {
      for (let index = 0; index < tails.length; index += 1) {
        const tail = tails[index] as Tail;
        if (sameTail(tail.finding, finding)) {
          if (index > 0) {
            tails.splice(index, 1);
            tails.unshift(tail);
          }
          return tail.bytes;
        }
      }
    }
    const bytes = encoder.encode(this.#tailOf(finding));
    // A deposed key is part of the text: such a tail is never the same as another.
    if (finding.deposed === undefined) {
      tails.unshift({ finding, bytes });
      if (tails.length > TAILS_KEPT) tails.pop();
    }
    return bytes;
  }

  /** Up to the address's value. */
  #headOf(finding: Finding): string {
    const at = '\n      ';
    return `,\n    {${at}"kind": ${this.#repeated(finding.kind)},${at}"severity": ${this.#repeated(finding.severity)},${at}"requiresApproval": ${String(finding.requiresApproval)},${at}"plan": ${this.#repeated(finding.plan)},${at}"address": `;
  }

  /** After the address's value. */
  #tailOf(finding: Finding): string {
    const at = '\n      ';
    let text = `,${at}"type": ${this.#repeated(finding.type)},${at}"actions": ${this.#list(finding.actions)},${at}"category": ${this.#repeated(finding.category)},${at}"reason": ${this.#repeated(finding.reason)},${at}"recoverability": ${this.#repeated(finding.recoverability)},`;
    if (finding.outcome !== undefined)
      text += `${at}"outcome": ${this.#repeated(finding.outcome)},`;
    text += `${at}"moduleDir": ${this.#repeated(finding.moduleDir)},`;
    if (finding.deposed !== undefined) text += `${at}"deposed": ${jsonString(finding.deposed)},`;
    text += `${at}"forcingAttributes": ${this.#list(finding.forcingAttributes)},${at}"protections": ${this.#list(finding.protections)}\n    }`;
    return text;
  }

  #repeated(value: string): string {
    let json = this.#strings.get(value);
    if (json === undefined) {
      if (this.#strings.size === MEMO_LIMIT) this.#strings.clear();
      json = jsonString(value);
      this.#strings.set(value, json);
    }
    return json;
  }

  /** A list of strings or protections, at the depth of a finding's field. */
  #list(list: readonly (string | ProtectionValue)[]): string {
    if (list.length === 0) return '[]';
    let json = this.#lists.get(list);
    if (json === undefined) {
      json = escapeInvisible(
        JSON.stringify(
          list.map((item) => (typeof item === 'string' ? item : protectionJson(item))),
          null,
          2,
        ).replaceAll('\n', '\n      '),
      );
      this.#lists.set(list, json);
    }
    return json;
  }
}

/** The fields after the address are the same values (findings share them: docs/design.md). */
function sameTail(a: Finding, b: Finding): boolean {
  return (
    a.type === b.type &&
    a.actions === b.actions &&
    a.category === b.category &&
    a.reason === b.reason &&
    a.recoverability === b.recoverability &&
    a.outcome === b.outcome &&
    a.moduleDir === b.moduleDir &&
    a.forcingAttributes === b.forcingAttributes &&
    a.protections === b.protections &&
    a.deposed === undefined &&
    b.deposed === undefined
  );
}

export function protectionJson(protection: ProtectionValue) {
  return {
    attribute: protection.attribute,
    ...('before' in protection ? { before: protection.before } : {}),
    ...('after' in protection ? { after: protection.after } : {}),
  };
}
