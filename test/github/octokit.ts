/**
 * A request-level fake for the GitHub edge's unit tests, as octokit/plugin-throttling's tests
 * do it: the client is the real one (createClient), its requests are answered in memory by
 * route (`GET /repos/{owner}/{repo}/contents/{path}`), errors are real RequestErrors.
 */
import { RequestError } from '@octokit/request-error';
import { createClient, type GitHubClient } from '../../src/github/client.js';

export interface Answer {
  readonly status: number;
  readonly data?: unknown;
  readonly headers?: Record<string, string>;
}

export type Responder = (params: Record<string, unknown>) => Answer;

export interface FakeOctokit {
  readonly client: GitHubClient;
  readonly calls: { route: string; params: Record<string, unknown>; url: string }[];
}

/** Octokit's own request options, not the endpoint's parameters. */
const OPTION_KEYS = new Set(['method', 'url', 'baseUrl', 'headers', 'mediaType', 'request']);

export function fakeOctokit(routes: Readonly<Record<string, Responder>>): FakeOctokit {
  const client = createClient({
    token: 'ghs_test',
    baseUrl: 'https://api.github.test',
    retryBaseMs: 0,
  });
  const calls: FakeOctokit['calls'] = [];
  client.hook.wrap('request', async (_request, options) => {
    const rest = Object.fromEntries(
      Object.entries(options as unknown as Record<string, unknown>).filter(
        ([name]) => !OPTION_KEYS.has(name),
      ),
    );
    // GraphQL variables travel in `variables`; answer them as parameters too.
    const variables = rest['variables'];
    const params =
      typeof variables === 'object' && variables !== null ? { ...rest, ...variables } : rest;
    // Octokit's paginate follows `link` URLs: match those against the route templates.
    const route = routeOf(Object.keys(routes), options.method, options.url);
    calls.push({ route, params, url: options.url });
    const responder = routes[route];
    const answer: Answer =
      responder === undefined ? { status: 404, data: { message: 'Not Found' } } : responder(params);
    const headers = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
    if (answer.status >= 400) {
      const message = (answer.data as { message?: string } | undefined)?.message ?? 'error';
      throw new RequestError(message, answer.status, {
        request: { method: options.method, url: options.url, headers: {} },
        response: { status: answer.status, url: options.url, headers, data: answer.data },
      });
    }
    return { status: answer.status, url: options.url, headers, data: answer.data };
  });
  return { client, calls };
}

function routeOf(routes: readonly string[], method: string, url: string): string {
  const direct = `${method} ${url}`;
  if (routes.includes(direct)) return direct;
  const path = new URL(url, 'https://api.github.test').pathname;
  for (const route of routes) {
    const [verb, template = ''] = route.split(' ');
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/gu, '[^/]+')}$`, 'u');
    if (verb === method && pattern.test(path)) return route;
  }
  return direct;
}
