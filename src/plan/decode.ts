/**
 * Bytes → JSON text. Tolerates what real pipelines put around plan JSON (docs/design.md section 9,
 * docs/plan-format.md "Noise"): a UTF-8 byte-order mark, UTF-16 from PowerShell redirects (with or
 * without a BOM), and the lines the setup-terraform wrapper prints around the JSON.
 */
import { Buffer } from 'node:buffer';
import { isJsonSpace } from './json-space.js';
import { MAX_ESCAPED_LINE_ENDS, WRAPPER_COMMAND, isEscapedLineEnd } from './wrapper.js';

export type PlanEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text to hand to JSON.parse: the JSON line alone when the wrapper was removed. */
  readonly text: string;
  /** The whole decoded input, wrapper lines included (for recognising what a non-plan is). */
  readonly whole: string;
  readonly encoding: PlanEncoding;
  /** The setup-terraform wrapper's lines were removed. */
  readonly unwrapped: boolean;
  /** Byte offset in the input of `text`'s UTF-16 code unit `index`: error messages give bytes. */
  byteOffset(index: number): number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * `terraform show -json` writes one line of UTF-8. PowerShell's `>` writes UTF-16 LE with a BOM
 * (Windows PowerShell 5.1); other tools drop the BOM, which leaves NUL bytes next to every ASCII
 * character. JSON text starts with ASCII (whitespace, `{`, `[`, or the wrapper's `[command]`),
 * and UTF-8 JSON never holds a raw NUL, so the first two bytes decide.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: PlanEncoding; bomLength: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === UTF8_BOM[0] && b1 === UTF8_BOM[1] && b2 === UTF8_BOM[2]) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (b0 !== undefined && b1 !== undefined) {
    if (b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', bomLength: 0 };
    if (b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

export function decodePlanText(bytes: Uint8Array): DecodedText {
  const { encoding, bomLength } = detectEncoding(bytes);
  // A view, not a copy: plans can be hundreds of megabytes (docs/plan-format.md "Size").
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = decodeWhole(buffer, encoding, bomLength);
  const jsonStart = wrappedJsonRange(whole);
  const text = jsonStart === undefined ? whole : whole.slice(jsonStart.start, jsonStart.end);
  const prefix = jsonStart?.start ?? 0;
  return {
    text,
    whole,
    encoding,
    unwrapped: jsonStart !== undefined,
    byteOffset(index: number): number {
      const unit = prefix + index;
      if (encoding !== 'utf-8') return bomLength + 2 * unit;
      // Only on the error path: counts the UTF-8 bytes of everything before the position.
      return bomLength + Buffer.byteLength(whole.slice(0, unit), 'utf8');
    },
  };
}

function decodeWhole(buffer: Buffer, encoding: PlanEncoding, bomLength: number): string {
  if (encoding === 'utf-8') return buffer.toString('utf8', bomLength);
  // An odd trailing byte is half a code unit: the file was cut short, and JSON.parse says so.
  const end = bomLength + ((buffer.length - bomLength) & ~1);
  if (encoding === 'utf-16le') return buffer.toString('utf16le', bomLength, end);
  // Node decodes UTF-16 BE only through ICU's TextDecoder, which small-icu builds lack: swap a
  // copy to little-endian instead.
  return Buffer.from(buffer.subarray(bomLength, end)).swap16().toString('utf16le');
}

/** Where the JSON text lies in the wrapper's output, by the rule of src/plan/wrapper.ts. */
function wrappedJsonRange(whole: string): { start: number; end: number } | undefined {
  if (!whole.startsWith(WRAPPER_COMMAND)) return undefined;
  const firstNewline = whole.indexOf('\n');
  if (firstNewline < 0) return undefined;
  const start = firstNewline + 1;
  // The JSON is one line (docs/plan-format.md "Size"); the wrapper's own lines are `::` commands.
  const commands = whole.startsWith('::', start) ? start : whole.indexOf('\n::', start);
  let end = commands < 0 ? whole.length : commands;
  while (end > start && isLineEndOrSpace(whole.charCodeAt(end - 1))) end -= 1;
  for (
    let escapes = 0;
    escapes < MAX_ESCAPED_LINE_ENDS &&
    end - 3 >= start &&
    isEscapedLineEnd(
      whole.charCodeAt(end - 3),
      whole.charCodeAt(end - 2),
      whole.charCodeAt(end - 1),
    );
    escapes += 1
  ) {
    end -= 3;
  }
  return { start, end };
}

function isLineEndOrSpace(code: number): boolean {
  return isJsonSpace(code);
}
