/**
 * Runs a parsed operation against plain objects: a node is `{ __typename, field: value |
 * (args) => value }`. Errors follow GitHub's GraphQL answers: an unknown field fails the
 * whole query (`undefinedField`, no `data`); a field that throws `FieldError` becomes null
 * and adds an error with its `type` and `path` (NOT_FOUND, FORBIDDEN), the rest still answers.
 */
import type { Field, Operation, Selection, Value } from './parse.js';

export interface GqlNode {
  readonly __typename: string;
  readonly [field: string]: unknown;
}

export class FieldError extends Error {
  constructor(
    readonly type: 'NOT_FOUND' | 'FORBIDDEN' | 'INTERNAL',
    message: string,
  ) {
    super(message);
  }
}

/** A query asking for what the type does not have: GitHub answers with errors only. */
export class QueryError extends Error {
  constructor(readonly errors: readonly Record<string, unknown>[]) {
    super('query error');
  }
}

export interface Answer {
  readonly data?: unknown;
  readonly errors?: readonly Record<string, unknown>[];
}

function isNode(value: unknown): value is GqlNode {
  return (
    typeof value === 'object' && value !== null && typeof (value as GqlNode).__typename === 'string'
  );
}

export function execute(
  operation: Operation,
  root: GqlNode,
  variables: Record<string, unknown>,
): Answer {
  const errors: Record<string, unknown>[] = [];
  const vars = { ...operation.variableDefaults, ...variables };
  const argValue = (value: Value): unknown =>
    value.kind === 'variable' ? (vars[value.name] ?? null) : value.value;
  const resolveSet = (
    node: GqlNode,
    selections: readonly Selection[],
    path: (string | number)[],
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const selection of selections) {
      if (selection.kind === 'fragment') {
        if (
          selection.on === undefined ||
          selection.on === node.__typename ||
          implementsType(node, selection.on)
        )
          Object.assign(out, resolveSet(node, selection.selections, path));
        continue;
      }
      out[selection.alias] = resolveField(node, selection, [...path, selection.alias]);
    }
    return out;
  };
  const resolveValue = (value: unknown, field: Field, path: (string | number)[]): unknown => {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value))
      return value.map((item, index) => resolveValue(item, field, [...path, index]));
    if (isNode(value)) {
      if (field.selections === undefined) throw selectionRequired(field, value.__typename);
      return resolveSet(value, field.selections, path);
    }
    return value;
  };
  const resolveField = (node: GqlNode, field: Field, path: (string | number)[]): unknown => {
    if (field.name === '__typename') return node.__typename;
    if (!(field.name in node)) throw undefinedField(field, node.__typename);
    const raw = node[field.name];
    const args = Object.fromEntries(
      Object.entries(field.args).map(([name, value]) => [name, argValue(value)]),
    );
    try {
      const value =
        typeof raw === 'function' ? (raw as (a: Record<string, unknown>) => unknown)(args) : raw;
      return resolveValue(value, field, path);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      errors.push({
        type: error.type,
        path,
        locations: [{ line: field.line, column: field.column }],
        message: error.message,
      });
      return null;
    }
  };
  const data = resolveSet(root, operation.selections, []);
  return errors.length === 0 ? { data } : { data, errors };
}

function implementsType(node: GqlNode, type: string): boolean {
  const interfaces = node['__interfaces'];
  return Array.isArray(interfaces) && interfaces.includes(type);
}

function undefinedField(field: Field, typeName: string): QueryError {
  return new QueryError([
    {
      path: ['query', field.name],
      extensions: { code: 'undefinedField', typeName, fieldName: field.name },
      locations: [{ line: field.line, column: field.column }],
      message: `Field '${field.name}' doesn't exist on type '${typeName}'`,
    },
  ]);
}

function selectionRequired(field: Field, typeName: string): QueryError {
  return new QueryError([
    {
      path: ['query', field.name],
      extensions: { code: 'selectionMismatch', nodeName: `field '${field.name}'`, typeName },
      locations: [{ line: field.line, column: field.column }],
      message: `Field must have selections (field '${field.name}' returns ${typeName} but has no selections. Did you mean '${field.name} { ... }'?)`,
    },
  ]);
}
