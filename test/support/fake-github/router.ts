/** Route table types and matching of REST paths such as `/repos/{owner}/{repo}/pulls/{pull_number}`. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Identity, Requirement } from './auth.js';
import type { Clock } from './clock.js';
import { notFound, type Reply } from './http.js';
import type { RateSnapshot } from './ratelimit.js';
import type { Urls } from './serialize.js';
import type { FakeState, PullRecord, RepoRecord } from './state.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteContext {
  readonly state: FakeState;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
  readonly identity: Identity;
  readonly urls: Urls;
  readonly now: Clock;
  readonly rate: RateSnapshot;
  /** Absolute URL, without query, that pagination links point at. */
  readonly linkBase: string;
  readonly docs: string;
}

export interface RepoContext extends RouteContext {
  readonly repo: RepoRecord;
}

interface RouteBase {
  readonly method: Method;
  /** `{name}` matches one segment, `{name+}` the rest of the path. */
  readonly pattern: string;
  readonly docs: string;
}

/** Under `/repos/{owner}/{repo}`: the repository is resolved (404) and permission checked (403). */
export interface RepoRoute extends RouteBase {
  readonly kind: 'repo';
  readonly permission: Requirement;
  readonly handle: (context: RepoContext) => Reply;
}

export interface PlainRoute extends RouteBase {
  readonly kind: 'plain';
  readonly handle: (context: RouteContext) => Reply;
}

export type Route = RepoRoute | PlainRoute;

export function routeName(route: Route): string {
  return `${route.method} ${route.pattern}`;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Params of `pattern` in `path`, or undefined. Segments are percent-decoded. */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.split('/');
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const name = /^\{(\w+)(\+?)\}$/u.exec(part);
    if (name?.[1] !== undefined && name[2] === '+') {
      const rest = have.slice(index);
      if (rest.length === 0 || rest.every((segment) => segment === '')) return undefined;
      // Octokit sends `{path}` with slashes as %2F; GitHub accepts either form.
      const value = decode(rest.join('/'));
      if (value === undefined) return undefined;
      params[name[1]] = value;
      return params;
    }
    const segment = have[index];
    if (segment === undefined) return undefined;
    if (name?.[1] === undefined) {
      if (segment !== part) return undefined;
      continue;
    }
    const value = decode(segment);
    if (value === undefined || value === '') return undefined;
    params[name[1]] = value;
  }
  return have.length === want.length ? params : undefined;
}

export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params !== undefined) return { route, params };
  }
  return undefined;
}

/** A positive integer path parameter, else 404 as GitHub answers for `/pulls/abc`. */
export function intParam(context: RouteContext, name: string): number {
  const value = Number(context.params[name]);
  if (!Number.isSafeInteger(value) || value < 1) throw notFound(context.docs);
  return value;
}

export function pullOf(context: RepoContext, name = 'pull_number'): PullRecord {
  const pull = context.repo.pulls.get(intParam(context, name));
  if (pull === undefined) throw notFound(context.docs);
  return pull;
}
