/**
 * Where the JSON object of a plan read in pieces starts: after a UTF-8 byte-order mark and the
 * setup-terraform wrapper's first line (src/plan/decode.ts), looked for in the file's first
 * megabyte. Input that does not start like a plan object is not read in pieces
 * (src/plan/open.ts decides what happens to it).
 */
import { Buffer } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import { detectEncoding } from '../decode.js';
import { isJsonSpace } from '../json-space.js';
import { WRAPPER_COMMAND } from '../wrapper.js';
import { readAt } from './window.js';

const OPEN_BRACE = 0x7b;
const LF = 0x0a;
/** How far the start of the JSON is looked for: the wrapper's first line is a command line. */
export const HEAD_BYTES = 1024 * 1024;
const WRAPPER_LINE = Buffer.from(WRAPPER_COMMAND, 'latin1');

export interface JsonStart {
  /** Where the JSON text starts (its leading whitespace included). */
  readonly offset: number;
  /** After setup-terraform's `[command]` line: its `::` lines may follow the JSON. */
  readonly wrapped: boolean;
}

/** Where the JSON object starts in UTF-8 input (src/plan/decode.ts), or undefined. */
export async function findJsonObject(
  handle: FileHandle,
  size: number,
): Promise<JsonStart | undefined> {
  const head = await readAt(handle, 0, Math.min(size, HEAD_BYTES));
  const { encoding, bomLength } = detectEncoding(head);
  if (head.length === 0 || encoding !== 'utf-8') return undefined;
  let offset = bomLength;
  let wrapped = false;
  if (head.subarray(offset, offset + WRAPPER_LINE.length).equals(WRAPPER_LINE)) {
    const newline = head.indexOf(LF, offset);
    if (newline < 0) return undefined;
    offset = newline + 1;
    wrapped = true;
  }
  let first = offset;
  while (first < head.length && isJsonSpace(head[first] as number)) first += 1;
  return head[first] === OPEN_BRACE ? { offset, wrapped } : undefined;
}
