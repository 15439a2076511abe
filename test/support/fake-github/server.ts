/**
 * The HTTP side: one node:http server on 127.0.0.1, port 0. Each request goes through
 * fault injection, authentication (401), the primary rate limit, routing (404), repository
 * visibility (404) and permissions (403), the way GitHub orders them, and is logged.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  acceptedPermissions,
  allows,
  badCredentials,
  canSeeRepo,
  forbidden,
  identify,
  tokenOf,
  type Identity,
} from './auth.js';
import { FakeGitHub, type FakeGitHubOptions, type LoggedRequest } from './fake.js';
import { primaryLimitReply } from './faults.js';
import { ApiError, errorReply, notFound, type Reply } from './http.js';
import { rateHeaders, type RateSnapshot } from './ratelimit.js';
import { findRoute, routeName, type Route, type RouteContext } from './router.js';
import { ROUTES } from './routes/index.js';
import { account, findRepo, findRepoById, fullName } from './state.js';

/** Starts the fake; pass `fake.url` as GITHUB_API_URL or Octokit's `baseUrl`. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/u, '');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      server.closeAllConnections();
    });
  const fake = new FakeGitHub(`http://127.0.0.1:${port}${prefix}`, prefix, options, close);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(fake, request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(JSON.stringify({ message: `fake-github crashed: ${String(error)}` }));
    });
  });
  return fake;
}

let requestCounter = 0;

function requestId(wallMs: number): string {
  requestCounter += 1;
  const hex = (value: number, width: number) =>
    (value >>> 0).toString(16).toUpperCase().padStart(width, '0');
  return `FA6E:${hex(requestCounter, 5)}:${hex(requestCounter * 7919, 7)}:${hex(requestCounter * 104729, 7)}:${hex(Math.floor(wallMs / 1000), 8)}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface Paths {
  /** `/repos/{owner}/{repo}/…` form, which routes match. */
  readonly route: string;
  /** `/repositories/{id}/…` form, which GitHub's pagination links use. */
  readonly link: string;
}

/** GitHub's links point at `/repositories/{id}/…`; both forms reach the same resource. */
function canonicalPaths(fake: FakeGitHub, path: string): Paths {
  const byId = /^\/repositories\/(\d+)(\/.*)?$/u.exec(path);
  if (byId?.[1] !== undefined) {
    const repo = findRepoById(fake.state, Number(byId[1]));
    return {
      route: repo === undefined ? path : `/repos/${fullName(repo)}${byId[2] ?? ''}`,
      link: path,
    };
  }
  const byName = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/u.exec(path);
  const repo =
    byName?.[1] === undefined || byName[2] === undefined
      ? undefined
      : findRepo(fake.state, decodeURIComponent(byName[1]), decodeURIComponent(byName[2]));
  return {
    route: path,
    link: repo === undefined ? path : `/repositories/${repo.id}${byName?.[3] ?? ''}`,
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

interface Dispatch {
  readonly fake: FakeGitHub;
  readonly request: IncomingMessage;
  readonly method: string;
  readonly paths: Paths;
  readonly query: URLSearchParams;
  readonly text: string;
  readonly identity: Identity | undefined;
  readonly rate: RateSnapshot & { readonly exhausted: boolean };
}

function dispatch(input: Dispatch): { reply: Reply; route: Route | undefined } {
  const { fake, identity } = input;
  if (identity === undefined) return { reply: badCredentials().reply, route: undefined };
  const accountId = account(fake.state, { login: identity.login, type: identity.type }).id;
  if (input.rate.exhausted)
    return { reply: primaryLimitReply(identity, accountId, input.rate), route: undefined };
  const found = findRoute(ROUTES, input.method, input.paths.route);
  if (found === undefined) return { reply: errorReply(404, 'Not Found'), route: undefined };
  const { route, params } = found;
  const body = parseJson(input.text);
  if (!body.ok) return { reply: errorReply(400, 'Problems parsing JSON', route.docs), route };
  const context: RouteContext = {
    state: fake.state,
    params,
    query: input.query,
    body: body.value,
    headers: input.request.headers,
    identity,
    urls: fake.urls,
    now: fake.clock,
    rate: input.rate,
    linkBase: `${fake.url}${input.paths.link}`,
    docs: route.docs,
  };
  try {
    if (route.kind === 'plain') return { reply: route.handle(context), route };
    const repo = findRepo(fake.state, params['owner'] ?? '', params['repo'] ?? '');
    if (repo === undefined || !canSeeRepo(identity, fullName(repo))) throw notFound(route.docs);
    const accepted = { 'x-accepted-github-permissions': acceptedPermissions(route.permission) };
    if (!allows(identity, route.permission)) {
      const { reply } = forbidden(identity, route.docs);
      return { reply: { ...reply, headers: { ...reply.headers, ...accepted } }, route };
    }
    const reply = route.handle({ ...context, repo });
    return { reply: { ...reply, headers: { ...accepted, ...reply.headers } }, route };
  } catch (error) {
    if (error instanceof ApiError) return { reply: error.reply, route };
    throw error;
  }
}

async function handle(
  fake: FakeGitHub,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const started = Date.now();
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql (Octokit
  // derives one from the other), so the GraphQL endpoint sits beside the prefix, not in it.
  const graphqlBesidePrefix =
    fake.pathPrefix.endsWith('/v3') && url.pathname === `${fake.pathPrefix.slice(0, -3)}/graphql`;
  const inPrefix =
    fake.pathPrefix === '' ||
    url.pathname === fake.pathPrefix ||
    url.pathname.startsWith(`${fake.pathPrefix}/`);
  const path = graphqlBesidePrefix
    ? '/graphql'
    : inPrefix
      ? url.pathname.slice(fake.pathPrefix.length) || '/'
      : url.pathname;
  const text = await readBody(request);
  const identity = identify(fake.tokens, tokenOf(request.headers));
  const id = requestId(started);
  const paths = canonicalPaths(fake, path);

  // /rate_limit does not count against the limit (GitHub docs).
  const rateKey = identity?.token ?? 'anonymous';
  const limit = identity === undefined ? 60 : (identity.config.rateLimit ?? 5000);
  const rate =
    paths.route === '/rate_limit'
      ? { ...fake.rates.peek(rateKey, limit), exhausted: false }
      : fake.rates.take(rateKey, limit);

  let delay = fake.latencyMs;
  let reply: Reply;
  let route: Route | undefined;
  const fault = fake.faults.take(method, [...new Set([path, paths.route])]);
  if (fault !== undefined) {
    delay += fault.delayMs;
    reply = fault.respond({
      requestId: id,
      identity,
      accountId:
        identity === undefined
          ? undefined
          : account(fake.state, { login: identity.login, type: identity.type }).id,
      rate,
      wallSeconds: Math.floor(fake.wallClock() / 1000),
    });
  } else if (!inPrefix && !graphqlBesidePrefix) {
    reply = errorReply(404, 'Not Found');
  } else {
    ({ reply, route } = dispatch({
      fake,
      request,
      method,
      paths,
      query: url.searchParams,
      text,
      identity,
      rate,
    }));
  }
  if (delay > 0) await sleep(delay);
  send(response, reply, { ...baseHeaders(id), ...rateHeaders(rate) });
  fake.requests.push(
    logEntry(
      request,
      method,
      path,
      url.searchParams,
      text,
      reply,
      route,
      identity,
      id,
      fault !== undefined,
      started,
    ),
  );
}

function baseHeaders(id: string): Record<string, string> {
  return {
    'x-github-request-id': id,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    vary: 'Accept, Authorization, Cookie, X-GitHub-OTP',
  };
}

function send(response: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  // Reply headers (a fault's, a route's) win over the defaults.
  const all: Record<string, string> = { ...headers, ...reply.headers };
  let body: Buffer | undefined;
  if (reply.raw !== undefined) {
    body = reply.raw.body;
    all['content-type'] = reply.raw.contentType;
  } else if (reply.json !== undefined && reply.status !== 204) {
    body = Buffer.from(JSON.stringify(reply.json), 'utf8');
    all['content-type'] = 'application/json; charset=utf-8';
  }
  if (body !== undefined) all['content-length'] = String(body.length);
  response.writeHead(reply.status, all);
  response.end(body);
}

function logEntry(
  request: IncomingMessage,
  method: string,
  path: string,
  query: URLSearchParams,
  text: string,
  reply: Reply,
  route: Route | undefined,
  identity: Identity | undefined,
  id: string,
  fault: boolean,
  started: number,
): LoggedRequest {
  const header = (name: string): Record<string, string> => {
    const value = request.headers[name];
    return typeof value === 'string' ? { [name]: value } : {};
  };
  const parsed = parseJson(text);
  return {
    method,
    path,
    query: Object.fromEntries(query),
    headers: {
      ...header('authorization'),
      ...header('accept'),
      ...header('content-type'),
      ...header('user-agent'),
      ...header('x-github-api-version'),
    },
    body: parsed.ok ? parsed.value : text,
    status: reply.status,
    route: route === undefined ? undefined : routeName(route),
    login: identity?.login,
    requestId: id,
    fault,
    time: started,
    durationMs: Date.now() - started,
  };
}
