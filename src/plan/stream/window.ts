/**
 * A sliding window over a file: positional reads of a fixed size into one buffer that keeps
 * only the bytes its reader still needs (the element or key being read). Memory is twice the
 * read size plus the largest kept piece, whatever the file's size (docs/design.md section 10).
 *
 * The next piece is read ahead into a buffer of its own while the reader scans the current
 * one, so the scan does not wait for the disk (or the page cache) between pieces; that buffer
 * then becomes the window, the few bytes kept copied in front of the piece.
 */
import { Buffer, constants } from 'node:buffer';

/**
 * What the window reads from: a FileHandle, or (src/plan/stream/worker.ts) a descriptor read
 * from another thread.
 */
export interface PositionalFile {
  read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ readonly bytesRead: number }>;
}

/** No single piece may outgrow one JavaScript string: it is decoded into one. */
export const MAX_PIECE_BYTES = constants.MAX_STRING_LENGTH;

/** Bytes past the valid ones every window buffer has room for. */
const SPARE = 1;
/** At most this much room before each piece read ahead (FileWindow's reserve). */
const MAX_RESERVE = 64 * 1024;

export class PieceTooLarge extends Error {
  override readonly name = 'PieceTooLarge';
}

export class FileWindow {
  /**
   * Valid bytes are `buffer[first … length)`; `buffer[index]` is the file's byte at `base +
   * index`. Readers only look at bytes at or after what they asked to keep.
   */
  buffer: Buffer;
  base: number;
  length = 0;
  first = 0;
  /** Told the end of what the window holds after each read: progress for long reads. */
  onRead: ((end: number) => void) | undefined;

  readonly #handle: PositionalFile;
  readonly #readBytes: number;
  /**
   * Room before each piece read ahead: kept bytes that fit there (a change being read) are
   * copied in front of the piece, not the piece after them.
   */
  readonly #reserve: number;
  readonly #limit: number;
  /** The read of the piece after `end`, already under way, into `#ahead`. */
  #pending: Promise<number> | undefined;
  #ahead: Buffer | undefined;

  /**
   * Reads `[start, limit)` of the file (to its end when `limit` is Infinity), `readBytes` at a
   * time, telling `onRead` how far after each read.
   */
  constructor(
    handle: PositionalFile,
    start: number,
    readBytes: number,
    limit = Infinity,
    onRead?: (end: number) => void,
  ) {
    this.onRead = onRead;
    this.#handle = handle;
    this.#readBytes = Math.max(1, Math.floor(readBytes));
    this.#reserve = Math.min(this.#readBytes, MAX_RESERVE);
    this.#limit = limit;
    this.base = start;
    // One byte more than a piece: room for the scanner's sentinel (src/plan/stream/scan.ts).
    this.buffer = Buffer.allocUnsafe(this.#reserve + this.#readBytes + SPARE);
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
    const from = Math.min(Math.max(keep - this.base, this.first), this.length);
    this.first = from;
    const pending = this.#pending ?? this.#readAhead();
    this.#pending = undefined;
    if (pending === undefined) return false;
    const bytesRead = await pending;
    if (bytesRead === 0) return false;
    const ahead = this.#ahead as Buffer;
    const reserve = this.#reserve;
    const kept = this.length - from;
    if (kept <= reserve && ahead.length === this.buffer.length) {
      // The piece read ahead becomes the window, what is kept copied in front of it, and the
      // next read goes into the old buffer: no copy of every byte of the file.
      this.buffer.copy(ahead, reserve - kept, from, this.length);
      this.base += this.length - reserve;
      this.#ahead = this.buffer;
      this.buffer = ahead;
      this.first = reserve - kept;
      this.length = reserve + bytesRead;
    } else {
      this.buffer.copyWithin(0, from, this.length);
      this.base += from;
      this.first = 0;
      this.length = kept;
      if (this.length + bytesRead + SPARE > this.buffer.length) {
        this.#grow(this.length + bytesRead + SPARE);
      }
      ahead.copy(this.buffer, this.length, reserve, reserve + bytesRead);
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
    this.#ahead ??= Buffer.allocUnsafe(this.#reserve + this.#readBytes + SPARE);
    const read = this.#handle
      .read(this.#ahead, this.#reserve, wanted, this.end)
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
  handle: PositionalFile,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length));
  if (length <= 0 || position < 0) return buffer.subarray(0, 0);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
