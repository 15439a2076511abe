/**
 * The elements of the first `resource_changes` list as the first pass hands them from its own
 * thread to the one that assesses them (src/plan/stream/worker.ts to threaded.ts): the bytes
 * of a run of whole elements, copied out of the window before it reads on, and what the
 * streaming log noted of each (src/plan/stream/scan.ts), as offsets into those bytes. The pass
 * in the main thread hands them over the same way, as views instead of copies (reader.ts).
 */
import { Buffer } from 'node:buffer';
import type { ElementSink } from './ranges.js';

/**
 * Batches the first pass may hand over before they are assessed (src/plan/stream/threaded.ts):
 * one per read of the window, about 4 MB each, so 16 MB in flight at most.
 */
export const MAX_IN_FLIGHT = 4;

/** ScanJob's mark (src/plan/stream/threaded.ts): worker.ts scans only when started with one. */
export const SCAN_JOB = 'destroy-guard first pass';

/** The thread that asked wants no more: the scan ends (waitForRoom). */
export class Stopped extends Error {
  override readonly name = 'Stopped';
}

/**
 * Before a batch is handed over: blocks until fewer than MAX_IN_FLIGHT wait to be assessed
 * (`flags[0]`), then counts this one; throws Stopped once the other thread wants no more
 * (`flags[1]` is 1). The other thread counts down and notifies.
 */
export function waitForRoom(flags: Int32Array): void {
  for (;;) {
    if (Atomics.load(flags, 1) === 1) throw new Stopped();
    const waiting = Atomics.load(flags, 0);
    if (waiting < MAX_IN_FLIGHT) break;
    Atomics.wait(flags, 0, waiting);
  }
  Atomics.add(flags, 0, 1);
}

export interface ElementBatch {
  /** The file's bytes from the first element's first byte to the last one's end. */
  readonly bytes: Uint8Array;
  /** The file offset of `bytes[0]`. */
  readonly base: number;
  /**
   * Per element: its start and end, then `members`, `memberEnds`, `keys` and `valueEnds`, each
   * as a count and that many offsets (`keys`' count is -1 when the log held none for it).
   * Offsets count from `bytes[0]`: a batch is never longer than one window, far below 2 GB.
   */
  readonly notes: Int32Array;
  readonly count: number;
}

/** Collects the elements the first pass tells it, and hands them over as batches. */
export class BatchWriter {
  #buffer: Buffer | undefined;
  #windowBase = 0;
  /** The file offsets of the first element's start and the last one's end, -1 for none. */
  #first = -1;
  #last = -1;
  #notes = new Int32Array(4096);
  #length = 0;
  #count = 0;

  readonly onElement: ElementSink = (buffer, base, log) => {
    if (this.#first < 0) this.#first = log.lastStart;
    this.#buffer = buffer;
    this.#windowBase = base;
    this.#last = log.lastEnd;
    const { members, memberEnds, keys, valueEnds } = log;
    const needed = 6 + members.length + memberEnds.length + (keys?.length ?? 0) + valueEnds.length;
    if (this.#length + needed > this.#notes.length) {
      const larger = new Int32Array(Math.max(2 * this.#notes.length, this.#length + needed));
      larger.set(this.#notes.subarray(0, this.#length));
      this.#notes = larger;
    }
    const origin = this.#first;
    this.#notes[this.#length++] = log.lastStart - origin;
    this.#notes[this.#length++] = log.lastEnd - origin;
    this.#put(members, origin);
    this.#put(memberEnds, origin);
    if (keys === undefined) this.#notes[this.#length++] = -1;
    else this.#put(keys, origin);
    this.#put(valueEnds, origin);
    this.#count += 1;
  };

  /**
   * The elements told since the last batch, undefined when there are none: their bytes and
   * notes copied (`copy`, for another thread), or views of the window and of this writer's
   * notes, valid until the window reads on and the next element is told.
   */
  take(copy: boolean): ElementBatch | undefined {
    const buffer = this.#buffer;
    if (this.#count === 0 || buffer === undefined) return undefined;
    const from = this.#first - this.#windowBase;
    const to = from + this.#last - this.#first;
    const batch = copy
      ? {
          bytes: Uint8Array.prototype.slice.call(buffer, from, to),
          base: this.#first,
          notes: this.#notes.slice(0, this.#length),
          count: this.#count,
        }
      : {
          bytes: buffer.subarray(from, to),
          base: this.#first,
          notes: this.#notes.subarray(0, this.#length),
          count: this.#count,
        };
    this.#first = -1;
    this.#last = -1;
    this.#length = 0;
    this.#count = 0;
    this.#buffer = undefined;
    return batch;
  }

  #put(offsets: readonly number[], origin: number): void {
    const notes = this.#notes;
    notes[this.#length++] = offsets.length;
    for (const offset of offsets) notes[this.#length++] = offset - origin;
  }
}

/**
 * Calls `visit` for each element of `batch`, in order: `buffer[start … end)` holds it, and
 * `notes[at …]` (the batch's) what the log noted of its members (readStreamedFields in
 * src/plan/stream/fields.ts reads them), or `at` is -1: the log held none of its keys.
 */
export function readBatch(
  batch: ElementBatch,
  visit: (buffer: Buffer, start: number, end: number, notes: Int32Array, at: number) => void,
): void {
  const { bytes, notes } = batch;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let at = 0;
  for (let element = 0; element < batch.count; element += 1) {
    const start = notes[at] as number;
    const end = notes[at + 1] as number;
    const members = at + 2;
    const memberEnds = members + 1 + (notes[members] as number);
    const keys = memberEnds + 1 + (notes[memberEnds] as number);
    const keyCount = notes[keys] as number;
    const valueEnds = keys + 1 + Math.max(0, keyCount);
    at = valueEnds + 1 + (notes[valueEnds] as number);
    visit(buffer, start, end, notes, keyCount < 0 ? -1 : members);
  }
}
