/**
 * Invalid JSON found while a plan is read in pieces, explained as src/plan/unparsable.ts
 * explains it for a plan read whole — the wording of src/plan/json-error.ts, the same byte
 * offsets — from the few bytes around the error, read again from the file.
 */
import { Buffer } from 'node:buffer';
import type { FileHandle } from 'node:fs/promises';
import type { UserError } from '../../util/errors.js';
import { brokenJsonError, describeChar } from '../json-error.js';
import { isJsonSpace } from '../json-space.js';
import { isUiLogLine } from '../recognise.js';
import { MAX_ESCAPED_LINE_ENDS, isEscapedLineEnd } from '../wrapper.js';
import type { Broken } from './ranges.js';
import { readAt } from './window.js';

/**
 * In unparsable.ts's order: a `terraform plan -json` log (JSON lines), a document that ends too
 * early (with the wrapper, where decode.ts ends its text), data after the document (a second
 * one?), else the one unexpected character.
 */
export async function explainBroken(
  handle: FileHandle,
  broken: Broken,
  wrapped: boolean,
  displayPath: string,
): Promise<UserError> {
  const at = broken.at;
  if (broken.firstLineIsValue && isUiLogLine(broken.top)) {
    return brokenJsonError({ kind: 'ui-log' }, displayPath);
  }
  const textEnd = wrapped ? await wrapperTextEnd(handle, at) : broken.atEnd ? at : undefined;
  if (textEnd !== undefined) return truncated(await shown(handle, textEnd), displayPath);
  const byte = await shown(handle, at);
  const around = await readAt(handle, at, 256);
  const text = around.toString('utf8');
  if (/^\s/u.test(text) && (await onlySpaceFollows(handle, at, wrapped))) {
    return truncated(byte, displayPath);
  }
  if (broken.complete) {
    const second = /\S/u.exec(text.slice(0, 64))?.[0] === '{';
    return brokenJsonError(
      { kind: second ? 'second-document' : 'trailing-data', byte },
      displayPath,
    );
  }
  return brokenJsonError({ kind: 'unexpected', byte, char: describeChar(text, 0) }, displayPath);
}

/**
 * The offset the whole-file reader states for `at`: it counts the bytes of the decoded text,
 * where each broken UTF-8 sequence became U+FFFD (3 bytes), as at the end of a file cut inside
 * a character. Looked for in the 256 bytes before `at` only (Terraform writes valid UTF-8).
 */
async function shown(handle: FileHandle, at: number): Promise<number> {
  const before = await readAt(handle, Math.max(0, at - 256), Math.min(256, at));
  let start = 0;
  // Start on a character: skip the continuation bytes of one begun before the window.
  if (at > 256) while (start < 3 && ((before[start] as number) & 0xc0) === 0x80) start += 1;
  const text = before.subarray(start);
  return at + Buffer.byteLength(text.toString('utf8'), 'utf8') - text.length;
}

function truncated(byte: number, displayPath: string): UserError {
  return brokenJsonError({ kind: 'truncated', byte }, displayPath);
}

const LF = 0x0a;
const COLON = 0x3a;
const PIECE = 64 * 1024;

/**
 * With the setup-terraform wrapper, the JSON text ends where the wrapper's `::` lines begin,
 * less trailing whitespace and up to four literal `%0A` (src/plan/wrapper.ts). When the error is at
 * that tail, the whole-file reader sees the text end there: its offset, else undefined.
 */
async function wrapperTextEnd(handle: FileHandle, at: number): Promise<number | undefined> {
  let position = at;
  let escapes = 0;
  for (;;) {
    const bytes = await readAt(handle, position, 3);
    if (escapes < MAX_ESCAPED_LINE_ENDS && isEscapedLineEnd(bytes[0], bytes[1], bytes[2])) {
      escapes += 1;
      position += 3;
    } else break;
  }
  for (;;) {
    const piece = await readAt(handle, position, PIECE);
    let index = 0;
    while (index < piece.length && isJsonSpace(piece[index] as number)) index += 1;
    position += index;
    if (index < piece.length || piece.length === 0) break;
  }
  const next = await readAt(handle, position - 1, 3);
  const atEnd = next.length <= 1 && position > 0;
  const commands = next[0] === LF && next[1] === COLON && next[2] === COLON;
  if (!atEnd && !commands && !(position === 0 && next[0] === COLON && next[1] === COLON)) {
    return undefined;
  }
  return trimTextEnd(handle, commands ? position - 1 : position);
}

/** decode.ts: trailing line ends and spaces off, then up to four `%0A`/`%0D`. */
async function trimTextEnd(handle: FileHandle, end: number): Promise<number> {
  let position = end;
  for (;;) {
    const from = Math.max(0, position - PIECE);
    const piece = await readAt(handle, from, position - from);
    let index = piece.length;
    while (index > 0 && isJsonSpace(piece[index - 1] as number)) index -= 1;
    position = from + index;
    if (index > 0 || from === 0) break;
  }
  const tail = await readAt(handle, Math.max(0, position - 12), Math.min(12, position));
  let cut = tail.length;
  while (cut >= 3 && isEscapedLineEnd(tail[cut - 3], tail[cut - 2], tail[cut - 1])) {
    cut -= 3;
  }
  return position - (tail.length - cut);
}

/**
 * unparsable.ts calls an error followed by nothing but whitespace (in JavaScript's sense:
 * U+00A0, U+FEFF … too) the end of the document. True when only such whitespace follows `at`,
 * to the end of the text.
 */
async function onlySpaceFollows(
  handle: FileHandle,
  at: number,
  wrapped: boolean,
): Promise<boolean> {
  let position = at;
  for (;;) {
    const piece = await readAt(handle, position, PIECE);
    if (piece.length === 0) return true;
    const whole = piece.length < PIECE ? piece.length : charBoundary(piece);
    const text = piece.toString('utf8', 0, whole);
    const found = /\S/u.exec(text);
    if (found !== null) {
      if (!wrapped) return false;
      // The wrapper's tail (`%0A`, its `::` lines) is not part of the text.
      const offset = position + Buffer.byteLength(text.slice(0, found.index), 'utf8');
      return (await wrapperTextEnd(handle, offset)) !== undefined;
    }
    position += whole;
  }
}

/** The length of `bytes` without a UTF-8 sequence cut at its end. */
function charBoundary(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead > 0 && lead > bytes.length - 4 && ((bytes[lead] as number) & 0xc0) === 0x80)
    lead -= 1;
  const byte = bytes[lead] as number;
  const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead + size <= bytes.length ? bytes.length : lead;
}
