/**
 * The setup-terraform wrapper's rule, written once for the three places that apply it (the
 * text read whole, src/plan/decode.ts; the end of a document read in pieces,
 * src/plan/stream/ranges.ts; the offset an error states, src/plan/stream/errors.ts).
 *
 * With `terraform_wrapper: true` (setup-terraform's default; setup-opentofu's `tofu-bin` works
 * the same), stdout holds `[command]…terraform-bin show -json …` on its first line, then the
 * JSON line, then `::debug::…` and `::set-output …` workflow commands, each on a line that
 * starts with `::`. The JSON text ends where those lines begin, less trailing JSON whitespace
 * and up to MAX_ESCAPED_LINE_ENDS literal `%0A`/`%0D` (either case) that end the JSON line.
 * Valid JSON can never start with `[c`, so input is unwrapped only when it is not plain JSON.
 */

/** The first line the wrapper writes starts so: `[command]/…/terraform-bin show -json tfplan`. */
export const WRAPPER_COMMAND = '[command]';

/** The most `%0A`/`%0D` stripped from the end of the JSON line. */
export const MAX_ESCAPED_LINE_ENDS = 4;

const PERCENT = 0x25;
const ZERO = 0x30;

/** `A`/`D` (either case) of a `%0A` or `%0D`, as a character code or byte. */
export function isLineEndLetter(code: number | undefined): boolean {
  return code === 0x41 || code === 0x61 || code === 0x44 || code === 0x64;
}

/** Three character codes (or bytes) spell `%0A` or `%0D`, either case. */
export function isEscapedLineEnd(
  first: number | undefined,
  second: number | undefined,
  third: number | undefined,
): boolean {
  return first === PERCENT && second === ZERO && isLineEndLetter(third);
}
