import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSyntaxError, jsonErrorIndex } from '../../src/plan/json-error.js';

/** V8's own position when its message states one (Node 20: "at position N"; Node 22+ adds "(line L column C)"). */
function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const match = /at position (\d+)/u.exec((error as Error).message);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  }
}

describe('jsonErrorIndex', () => {
  const text = '{"a":1,"b":[true,}';

  it.each([
    ['Node 20', `Expected ',' or '}' after property value in JSON at position 9`, 9],
    [
      'Node 22+',
      `Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)`,
      9,
    ],
    [
      'Node 22+, multi-line',
      'Unexpected non-whitespace character after JSON at position 12 (line 2 column 3)',
      12,
    ],
    ['end of input', 'Unexpected end of JSON input', text.length],
    [
      'a position past the end',
      'Bad control character in string literal in JSON at position 999',
      text.length,
    ],
  ])('reads the position from the %s message format', (_name, message, index) => {
    expect(jsonErrorIndex(new SyntaxError(message), text)).toBe(index);
  });

  it('finds the position itself when V8 states none ("Unexpected token")', () => {
    expect(
      jsonErrorIndex(new SyntaxError(`Unexpected token '}', "...ue,}" is not valid JSON`), text),
    ).toBe(text.indexOf('}'));
    expect(jsonErrorIndex('not even an Error', text)).toBe(text.indexOf('}'));
  });
});

describe('firstSyntaxError', () => {
  it.each([
    ['{}', -1],
    [' [1, -2.5e+3, "a\\u00e9\\n", true, false, null, {"k": {}}] ', -1],
    ['', 0],
    ['{', 1],
    ['{"a":}', 5],
    ['{"a" 1}', 5],
    ['{a:1}', 1],
    ['[1,]', 3],
    ['[01]', 2],
    ['[1.]', 3],
    ['[-]', 2],
    ['[1e]', 3],
    ['["\\x"]', 3],
    ['["\\u12g4"]', 6],
    ['["a\u0001"]', 3],
    ['[nul]', 4],
    ['{"a":1}x', 7],
    ['"abc', 4],
  ])('%j → %d', (text, index) => {
    expect(firstSyntaxError(text)).toBe(index);
  });

  it('survives deep nesting without recursion', () => {
    expect(firstSyntaxError('['.repeat(200_000))).toBe(200_000);
  });

  it('agrees with JSON.parse on valid documents and with V8 wherever V8 states a position', () => {
    const broken = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('delete', 'insert'),
        fc.constantFrom(',', '}', ']', '"', ':', 'x', '1', ' '),
      )
      .map(([json, at, edit, char]) => {
        const i = at % (json.length + 1);
        return edit === 'delete'
          ? json.slice(0, i) + json.slice(i + 1)
          : json.slice(0, i) + char + json.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), broken), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const found = firstSyntaxError(text);
        if (valid) return found === -1;
        const position = v8Position(text);
        return found >= 0 && (position === undefined || position === found);
      }),
      { numRuns: 3000 },
    );
  });
});
