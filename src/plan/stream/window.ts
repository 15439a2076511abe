/**
 * A sliding window over a file: positional reads of a fixed size into one buffer that keeps
 * only the bytes its reader still needs (the element or key being read). Memory is twice the
 * read size plus the largest kept piece, whatever the file's size (docs/design.md section 10).
 *
 * The next piece is read ahead into a buffer of its own while the reader scans the current
 * one, so the scan does not wait for the disk (or the page cache) between pieces.
 */
import { Buffer, constants } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';

/** No single piece may outgrow one JavaScript string: it is decoded into one. */
export const MAX_PIECE_BYTES = constants.MAX_STRING_LENGTH;

/** Bytes past the valid ones every window buffer has room for. */
const SPARE = 1;

export class PieceTooLarge extends Error {
  override readonly name = 'PieceTooLarge';
}

export class FileWindow {
  /** Valid bytes are `buffer[0 … length)`, the file's bytes from `base`. */
  buffer: Buffer;
  base: number;
  length = 0;
  /** Told the end of what the window holds after each read: progress for long reads. */
  onRead: ((end: number) => void) | undefined;

  readonly #handle: FileHandle;
  readonly #readBytes: number;
  readonly #limit: number;
  /** The read of the piece after `end`, already under way, into `#ahead`. */
  #pending: Promise<number> | undefined;
  #ahead: Buffer | undefined;

  /** Reads `[start, limit)` of the file (to its end when `limit` is Infinity), `readBytes` at a time. */
  constructor(handle: FileHandle, start: number, readBytes: number, limit = Infinity) {
    this.#handle = handle;
    this.#readBytes = Math.max(1, Math.floor(readBytes));
    this.#limit = limit;
    this.base = start;
    // One byte more than a piece: room for the scanner's sentinel (src/plan/stream/scan.ts).
    this.buffer = Buffer.allocUnsafe(this.#readBytes + SPARE);
  }

  /** Absolute offset just after the last valid byte. */
  get end(): number {
    return this.base + this.length;
  }

  /**
   * Forgets the bytes before `keep` (an absolute offset), then reads the next piece after the
   * ones it holds. False at the end of the file (or of the range).
   */
  async advance(keep: number): Promise<boolean> {
    const drop = Math.min(Math.max(keep - this.base, 0), this.length);
    if (drop > 0) {
      this.buffer.copyWithin(0, drop, this.length);
      this.base += drop;
      this.length -= drop;
    }
    const pending = this.#pending ?? this.#readAhead();
    this.#pending = undefined;
    if (pending === undefined) return false;
    const bytesRead = await pending;
    if (bytesRead === 0) return false;
    const ahead = this.#ahead as Buffer;
    if (this.length === 0 && ahead.length === this.buffer.length) {
      // Nothing kept: the piece read ahead becomes the window, and the next read goes into
      // the old buffer, instead of a copy of every byte of the file.
      this.#ahead = this.buffer;
      this.buffer = ahead;
      this.length = bytesRead;
    } else {
      if (this.length + bytesRead + SPARE > this.buffer.length) {
        this.#grow(this.length + bytesRead + SPARE);
      }
      ahead.copy(this.buffer, this.length, 0, bytesRead);
      this.length += bytesRead;
    }
    this.#pending = this.#readAhead();
    this.onRead?.(this.end);
    return true;
  }

  /** Starts reading the piece after `end`; undefined at the end of the range. */
  #readAhead(): Promise<number> | undefined {
    const wanted = Math.min(this.#readBytes, this.#limit - this.end);
    if (wanted <= 0) return undefined;
    this.#ahead ??= Buffer.allocUnsafe(this.#readBytes + SPARE);
    const read = this.#handle
      .read(this.#ahead, 0, wanted, this.end)
      .then(({ bytesRead }) => bytesRead);
    // Awaited by the next advance, if there is one; a reader that stops early never sees it.
    read.catch(() => undefined);
    return read;
  }

  /** The bytes `[start, end)` (absolute offsets) the window holds, as text. */
  text(start: number, end: number): string {
    return this.buffer.toString('utf8', start - this.base, end - this.base);
  }

  #grow(needed: number): void {
    if (needed > MAX_PIECE_BYTES + this.#readBytes) throw new PieceTooLarge();
    const larger = Buffer.allocUnsafe(
      Math.max(needed, Math.min(this.buffer.length * 2, MAX_PIECE_BYTES + this.#readBytes)),
    );
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}

/** Reads up to `length` bytes at `position`: the few bytes an error message looks at. */
export async function readAt(
  handle: FileHandle,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length));
  if (length <= 0 || position < 0) return buffer.subarray(0, 0);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
