/**
 * The contract of escape.ts restated independently for the tests: which characters must never
 * reach a reader raw, and how an address must look once shown.
 */

/** A raw control (other than a line feed), bidi, zero-width or BOM character. */
export const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

const HIDDEN: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2069],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
  [0xd800, 0xdfff], // only ever seen alone: a pair is one code point above U+FFFF
];

/** `text` as a reader must see it: hidden characters written as `\u{…}`, the rest as is. */
export function shownAs(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const hidden = HIDDEN.some(([from, to]) => code >= from && code <= to);
    shown += hidden ? `\\u{${code.toString(16).toUpperCase()}}` : char;
  }
  return shown;
}
