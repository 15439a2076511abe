/**
 * A small GraphQL reader for the fake: operations with variables, fields with aliases and
 * arguments, inline fragments. Enough for any query a client of GitHub's API sends for the
 * fields the fake serves; anything else is a parse error, as GitHub words it.
 */
export type Value =
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'literal'; readonly value: unknown };

export interface Field {
  readonly kind: 'field';
  readonly alias: string;
  readonly name: string;
  readonly args: Readonly<Record<string, Value>>;
  readonly selections: readonly Selection[] | undefined;
  readonly line: number;
  readonly column: number;
}

export interface InlineFragment {
  readonly kind: 'fragment';
  readonly on: string | undefined;
  readonly selections: readonly Selection[];
}

export type Selection = Field | InlineFragment;

export interface Operation {
  readonly type: 'query' | 'mutation';
  readonly selections: readonly Selection[];
  readonly variableDefaults: Readonly<Record<string, unknown>>;
}

export class GraphqlSyntaxError extends Error {}

interface Token {
  readonly type: 'name' | 'punct' | 'string' | 'number' | 'spread';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

const TOKEN =
  /\s+|,|#[^\n]*|(\.\.\.)|([A-Za-z_][A-Za-z0-9_]*)|(-?\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*")|([{}():!$[\]=@])/gy;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (match === null) {
      throw new GraphqlSyntaxError(
        `Parse error on "${source[start] ?? ''}" at [${line}, ${start - lineStart + 1}]`,
      );
    }
    const column = start - lineStart + 1;
    for (let i = start; i < TOKEN.lastIndex; i += 1)
      if (source[i] === '\n') {
        line += 1;
        lineStart = i + 1;
      }
    const [, spread, name, number, string, punct] = match;
    if (spread !== undefined) tokens.push({ type: 'spread', text: spread, line, column });
    else if (name !== undefined) tokens.push({ type: 'name', text: name, line, column });
    else if (number !== undefined) tokens.push({ type: 'number', text: number, line, column });
    else if (string !== undefined) tokens.push({ type: 'string', text: string, line, column });
    else if (punct !== undefined) tokens.push({ type: 'punct', text: punct, line, column });
  }
  return tokens;
}

class Parser {
  #at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.#at];
  }

  next(): Token {
    const token = this.tokens[this.#at];
    if (token === undefined) throw new GraphqlSyntaxError('Unexpected end of document');
    this.#at += 1;
    return token;
  }

  expect(text: string): void {
    const token = this.next();
    if (token.text !== text)
      throw new GraphqlSyntaxError(
        `Parse error on "${token.text}" at [${token.line}, ${token.column}]`,
      );
  }

  operation(): Operation {
    let type: Operation['type'] = 'query';
    const defaults: Record<string, unknown> = {};
    const first = this.peek();
    if (first?.type === 'name' && (first.text === 'query' || first.text === 'mutation')) {
      type = first.text;
      this.next();
      if (this.peek()?.type === 'name') this.next();
      if (this.peek()?.text === '(') this.variableDefinitions(defaults);
    }
    const selections = this.selectionSet();
    if (this.peek() !== undefined) {
      const extra = this.next();
      throw new GraphqlSyntaxError(
        `Parse error on "${extra.text}" at [${extra.line}, ${extra.column}]`,
      );
    }
    return { type, selections, variableDefaults: defaults };
  }

  variableDefinitions(defaults: Record<string, unknown>): void {
    this.expect('(');
    while (this.peek()?.text !== ')') {
      this.expect('$');
      const name = this.next().text;
      this.expect(':');
      this.typeReference();
      if (this.peek()?.text === '=') {
        this.next();
        const value = this.value();
        if (value.kind === 'literal') defaults[name] = value.value;
      }
    }
    this.expect(')');
  }

  typeReference(): void {
    if (this.peek()?.text === '[') {
      this.next();
      this.typeReference();
      this.expect(']');
    } else this.next();
    if (this.peek()?.text === '!') this.next();
  }

  selectionSet(): Selection[] {
    this.expect('{');
    const selections: Selection[] = [];
    while (this.peek()?.text !== '}') selections.push(this.selection());
    this.expect('}');
    return selections;
  }

  selection(): Selection {
    if (this.peek()?.type === 'spread') {
      this.next();
      let on: string | undefined;
      if (this.peek()?.text === 'on') {
        this.next();
        on = this.next().text;
      }
      return { kind: 'fragment', on, selections: this.selectionSet() };
    }
    const first = this.next();
    if (first.type !== 'name')
      throw new GraphqlSyntaxError(
        `Parse error on "${first.text}" at [${first.line}, ${first.column}]`,
      );
    let alias = first.text;
    let name = first.text;
    if (this.peek()?.text === ':') {
      this.next();
      name = this.next().text;
    }
    const args: Record<string, Value> = {};
    if (this.peek()?.text === '(') {
      this.next();
      while (this.peek()?.text !== ')') {
        const argName = this.next().text;
        this.expect(':');
        args[argName] = this.value();
      }
      this.expect(')');
    }
    const selections = this.peek()?.text === '{' ? this.selectionSet() : undefined;
    if (alias === '') alias = name;
    return { kind: 'field', alias, name, args, selections, line: first.line, column: first.column };
  }

  value(): Value {
    const token = this.next();
    if (token.text === '$') return { kind: 'variable', name: this.next().text };
    if (token.type === 'string')
      return { kind: 'literal', value: JSON.parse(token.text) as unknown };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.text === '[') {
      const items: unknown[] = [];
      while (this.peek()?.text !== ']') {
        const item = this.value();
        items.push(item.kind === 'literal' ? item.value : undefined);
      }
      this.next();
      return { kind: 'literal', value: items };
    }
    if (token.type === 'name') {
      if (token.text === 'true' || token.text === 'false')
        return { kind: 'literal', value: token.text === 'true' };
      if (token.text === 'null') return { kind: 'literal', value: null };
      return { kind: 'literal', value: token.text };
    }
    throw new GraphqlSyntaxError(
      `Parse error on "${token.text}" at [${token.line}, ${token.column}]`,
    );
  }
}

export function parseOperation(source: string): Operation {
  return new Parser(tokenize(source)).operation();
}
