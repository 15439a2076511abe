/** `POST /graphql`: GitHub answers 200 with `errors` for query problems, 401 without a token. */
import { ok } from '../http.js';
import type { PlainRoute } from '../router.js';
import { execute, QueryError } from './execute.js';
import { GraphqlSyntaxError, parseOperation } from './parse.js';
import { rootNode } from './schema.js';

export const graphqlRoutes: readonly PlainRoute[] = [
  {
    kind: 'plain',
    method: 'POST',
    pattern: '/graphql',
    docs: 'https://docs.github.com/graphql',
    handle: (context) => {
      const body = context.body as { query?: unknown; variables?: unknown } | undefined;
      if (typeof body?.query !== 'string')
        return ok({
          errors: [{ message: 'A query attribute must be specified and must be a string.' }],
        });
      const variables =
        typeof body.variables === 'object' && body.variables !== null
          ? (body.variables as Record<string, unknown>)
          : {};
      try {
        const operation = parseOperation(body.query);
        if (operation.type !== 'query')
          return ok({ errors: [{ message: 'The fake serves queries only.' }] });
        return ok(
          execute(operation, rootNode(context.state, context.urls, context.identity), variables),
        );
      } catch (error) {
        if (error instanceof GraphqlSyntaxError)
          return ok({ errors: [{ message: error.message }] });
        if (error instanceof QueryError) return ok({ errors: error.errors });
        throw error;
      }
    },
  },
];
