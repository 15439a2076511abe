/**
 * Fitting rows into a size budget without building the text more than once: rows are rendered
 * one at a time and measured as they come, so the cost is proportional to what is shown, not
 * to how many findings there are (a wrong state file can yield 50,000).
 */

/** How GitHub counts: issue comment bodies in UTF-16 code units (JavaScript string length). */
export function utf16Length(text: string): number {
  return text.length;
}

/** How the job summary file is limited: bytes of UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3; // BMP character, or a lone surrogate written as U+FFFD
  }
  return bytes;
}

export type Measure = (text: string) => number;

export interface Rows {
  readonly count: number;
  render(index: number): string;
}

export interface Fitted {
  /** The rows shown, then the omission line when some are left out. */
  readonly lines: readonly string[];
  readonly shown: number;
  readonly size: number;
}

/**
 * The longest prefix of `rows` that fits in `available` together with the line saying how
 * many are left out (`omission(left)`, only when something is). When not even one row fits,
 * `shown` is 0 and `lines` holds just the omission line (which may itself not fit: the caller
 * decides).
 */
export function fitRows(
  rows: Rows,
  available: number,
  omission: (left: number) => string,
  measure: Measure,
): Fitted {
  const lines: string[] = [];
  let used = 0;
  for (let index = 0; index < rows.count; index += 1) {
    const line = rows.render(index);
    const size = measure(line);
    const left = rows.count - index - 1;
    const note = left === 0 ? 0 : measure(omission(left));
    if (used + size + note > available) break;
    lines.push(line);
    used += size;
  }
  const shown = lines.length;
  if (shown < rows.count) {
    const note = omission(rows.count - shown);
    lines.push(note);
    used += measure(note);
  }
  return { lines, shown, size: used };
}

export function rowsOf<T>(items: readonly T[], render: (item: T) => string): Rows {
  return {
    count: items.length,
    render: (index) => {
      const item = items[index];
      return item === undefined ? '' : render(item);
    },
  };
}
