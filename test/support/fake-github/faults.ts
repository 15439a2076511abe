/**
 * Injected failures, consumed in the order added by the requests they match. The presets
 * reproduce what GitHub sends: primary limits carry `x-ratelimit-remaining: 0` and a reset
 * time; secondary limits carry `retry-after` and the "secondary rate limit" wording that
 * plugin-throttling looks for (GITHUB.md "Rate limits").
 */
import type { Identity } from './auth.js';
import {
  errorReply,
  RATE_LIMIT_DOCS,
  secondaryRateLimitMessage,
  SECONDARY_RATE_LIMIT_DOCS,
  type Reply,
} from './http.js';
import { rateHeaders, type RateSnapshot } from './ratelimit.js';

export type PathMatcher = string | RegExp;
/** A path (exact, without query) or a RegExp, optionally limited to one method. */
export type FaultTarget = PathMatcher | { readonly method?: string; readonly path: PathMatcher };

export interface FaultSpec {
  readonly method?: string;
  readonly path: PathMatcher;
  readonly status: number;
  /** How many matching requests fail (default 1; `Infinity` for all). */
  readonly times?: number;
  /** JSON-serialised, or sent as-is (text/plain) when a string. Default: GitHub's error body. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Extra latency before this response. */
  readonly delayMs?: number;
}

export interface FaultContext {
  readonly requestId: string;
  readonly identity: Identity | undefined;
  /** The token's account id (named for user tokens), when the token is known. */
  readonly accountId: number | undefined;
  readonly rate: RateSnapshot;
  readonly wallSeconds: number;
}

export interface ActiveFault {
  readonly method: string | undefined;
  readonly path: PathMatcher;
  readonly status: number;
  readonly delayMs: number;
  remaining: number;
  readonly respond: (context: FaultContext) => Reply;
}

export type ServerErrorStatus = 500 | 502 | 503;

const SERVER_ERROR_MESSAGE: Readonly<Record<ServerErrorStatus, string>> = {
  500: 'Server Error',
  502: 'Server Error',
  503: 'No server is currently available to service your request. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
};

function matches(matcher: PathMatcher, path: string): boolean {
  if (typeof matcher === 'string') return matcher === path;
  matcher.lastIndex = 0; // a /g or /y RegExp keeps state between test() calls
  return matcher.test(path);
}

function target(value: FaultTarget): { method: string | undefined; path: PathMatcher } {
  if (typeof value === 'string' || value instanceof RegExp)
    return { method: undefined, path: value };
  return { method: value.method?.toUpperCase(), path: value.path };
}

export class Faults {
  private readonly queue: ActiveFault[] = [];

  /** A custom failure: status, optional body and headers. */
  add(spec: FaultSpec): this {
    const body = spec.body;
    this.queue.push({
      method: spec.method?.toUpperCase(),
      path: spec.path,
      status: spec.status,
      delayMs: spec.delayMs ?? 0,
      remaining: spec.times ?? 1,
      respond: () => {
        const headers = spec.headers ?? {};
        if (body === undefined)
          return errorReply(
            spec.status,
            defaultMessage(spec.status),
            undefined,
            undefined,
            headers,
          );
        if (typeof body === 'string') {
          return {
            status: spec.status,
            raw: { body: Buffer.from(body), contentType: 'text/plain; charset=utf-8' },
            headers,
          };
        }
        return { status: spec.status, json: body, headers };
      },
    });
    return this;
  }

  /** 5xx that plugin-retry retries (it gives up after three tries). */
  serverError(path: FaultTarget, status: ServerErrorStatus = 500, times = 1): this {
    const { method, path: matcher } = target(path);
    return this.push(method, matcher, status, times, () => ({
      status,
      json: { message: SERVER_ERROR_MESSAGE[status] },
    }));
  }

  /** 403, `x-ratelimit-remaining: 0`, reset in `resetInSeconds`: the hourly quota is spent. */
  primaryRateLimit(path: FaultTarget, resetInSeconds = 60, times = 1): this {
    const { method, path: matcher } = target(path);
    return this.push(method, matcher, 403, times, ({ identity, accountId, rate, wallSeconds }) => {
      const exhausted = {
        ...rate,
        remaining: 0,
        used: rate.limit,
        reset: wallSeconds + resetInSeconds,
      };
      return primaryLimitReply(identity, accountId, exhausted);
    });
  }

  /** Secondary limit: 403 (or 429) with `retry-after`; quota headers stay as they were. */
  secondaryRateLimit(
    path: FaultTarget,
    retryAfterSeconds = 60,
    options: { readonly status?: 403 | 429; readonly times?: number } = {},
  ): this {
    const { method, path: matcher } = target(path);
    const status = options.status ?? 403;
    return this.push(method, matcher, status, options.times ?? 1, ({ requestId }) =>
      errorReply(
        status,
        secondaryRateLimitMessage(requestId),
        SECONDARY_RATE_LIMIT_DOCS,
        undefined,
        {
          'retry-after': String(retryAfterSeconds),
        },
      ),
    );
  }

  /** 429 Too Many Requests with `retry-after` (GitHub words it as a secondary limit). */
  tooManyRequests(path: FaultTarget, retryAfterSeconds = 60, times = 1): this {
    return this.secondaryRateLimit(path, retryAfterSeconds, { status: 429, times });
  }

  /** Faults not yet used up, in order. */
  pending(): readonly {
    method: string | undefined;
    path: PathMatcher;
    status: number;
    remaining: number;
  }[] {
    return this.queue.map(({ method, path, status, remaining }) => ({
      method,
      path,
      status,
      remaining,
    }));
  }

  clear(): void {
    this.queue.length = 0;
  }

  /** The first fault matching any of `paths`, consumed once. */
  take(method: string, paths: readonly string[]): ActiveFault | undefined {
    const index = this.queue.findIndex(
      (fault) =>
        (fault.method === undefined || fault.method === method.toUpperCase()) &&
        paths.some((path) => matches(fault.path, path)),
    );
    const fault = this.queue[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.queue.splice(index, 1);
    return fault;
  }

  private push(
    method: string | undefined,
    path: PathMatcher,
    status: number,
    times: number,
    respond: (context: FaultContext) => Reply,
  ): this {
    this.queue.push({ method, path, status, delayMs: 0, remaining: times, respond });
    return this;
  }
}

/** "API rate limit exceeded for installation ID …" (Apps, GITHUB_TOKEN) or "… user ID …". */
export function primaryLimitReply(
  identity: Identity | undefined,
  accountId: number | undefined,
  rate: RateSnapshot,
): Reply {
  const who =
    identity?.type === 'User'
      ? `user ID ${accountId ?? 0}`
      : `installation ID ${identity?.config.installationId ?? DEFAULT_INSTALLATION_ID}`;
  return errorReply(
    403,
    `API rate limit exceeded for ${who}.`,
    RATE_LIMIT_DOCS,
    undefined,
    rateHeaders(rate),
  );
}

export const DEFAULT_INSTALLATION_ID = 48_000_000;

function defaultMessage(status: number): string {
  if (status >= 500) return 'Server Error';
  if (status === 404) return 'Not Found';
  if (status === 401) return 'Bad credentials';
  if (status === 403) return 'Forbidden';
  if (status === 422) return 'Validation Failed';
  return 'Error';
}
