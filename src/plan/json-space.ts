/**
 * JSON's whitespace (RFC 8259: space, tab, line feed, carriage return), defined once for every
 * scanner of the plan reader, over bytes or character codes alike.
 */

/** 1 for the four whitespace bytes, 0 for every other byte. */
export const JSON_SPACE = new Uint8Array(256);
for (const code of [0x20, 0x09, 0x0a, 0x0d]) JSON_SPACE[code] = 1;

/** A byte or character code that is JSON whitespace. */
export function isJsonSpace(code: number): boolean {
  return JSON_SPACE[code] === 1;
}
