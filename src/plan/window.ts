/**
 * A sliding window over a file: positional reads of a fixed size into one buffer that keeps
 * only the bytes its reader still needs (the element or key being read). Memory is the read
 * size plus the largest kept piece, whatever the file's size (PRODUCT.md section 10).
 */
import { Buffer, constants } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';

/** No single piece may outgrow one JavaScript string: it is decoded into one. */
export const MAX_PIECE_BYTES = constants.MAX_STRING_LENGTH;

export class PieceTooLarge extends Error {
  override readonly name = 'PieceTooLarge';
}

export class FileWindow {
  /** Valid bytes are `buffer[0 … length)`, the file's bytes from `base`. */
  buffer: Buffer;
  base: number;
  length = 0;

  readonly #handle: FileHandle;
  readonly #readBytes: number;
  readonly #limit: number;

  /** Reads `[start, limit)` of the file (to its end when `limit` is Infinity), `readBytes` at a time. */
  constructor(handle: FileHandle, start: number, readBytes: number, limit = Infinity) {
    this.#handle = handle;
    this.#readBytes = Math.max(1, Math.floor(readBytes));
    this.#limit = limit;
    this.base = start;
    this.buffer = Buffer.allocUnsafe(this.#readBytes);
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
    const wanted = Math.min(this.#readBytes, this.#limit - this.end);
    if (wanted <= 0) return false;
    if (this.length + wanted > this.buffer.length) this.#grow(this.length + wanted);
    const { bytesRead } = await this.#handle.read(this.buffer, this.length, wanted, this.end);
    this.length += bytesRead;
    return bytesRead > 0;
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
