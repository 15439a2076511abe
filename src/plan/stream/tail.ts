/**
 * Where a second worker may read the end of a plan while the first reads the rest
 * (src/plan/stream/threaded.ts). Terraform and OpenTofu write `prior_state` after the change
 * lists, and it is as large as `planned_values` before them: scanned at the same time as
 * those, it no longer waits until the changes are read.
 *
 * The offset found is a guess, never trusted: the first worker ends its scan there only if a
 * key of the top-level object starts exactly there (IndexOptions.handOff), and the second's
 * scan from there is then the one the first would have made. A guess that is not such a key
 * costs the second worker's time, nothing else.
 */
import { Buffer } from 'node:buffer';
import type { PositionalFile } from './window.js';

const KEY = Buffer.from('"prior_state":', 'latin1');

/**
 * The offset of the last `"prior_state":` in the second half of `[start, size)`, read
 * backwards from the end `readBytes` at a time; -1 when there is none.
 */
export async function findTailKey(
  file: PositionalFile,
  start: number,
  size: number,
  readBytes: number,
): Promise<number> {
  const floor = start + Math.floor((size - start) / 2);
  const piece = Math.max(readBytes, KEY.length);
  const buffer = Buffer.allocUnsafe(piece + KEY.length);
  for (let end = size; end > floor;) {
    const from = Math.max(floor, end - piece);
    // Each piece overlaps the next by a key less a byte: a key across the boundary is found.
    const length = Math.min(end + KEY.length - 1, size) - from;
    const { bytesRead } = await file.read(buffer, 0, length, from);
    const at = buffer.subarray(0, bytesRead).lastIndexOf(KEY);
    if (at >= 0) return from + at;
    end = from;
  }
  return -1;
}
