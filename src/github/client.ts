import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { Octokit } from '@octokit/rest';
import { errorMessage } from '../util/errors.js';

/**
 * plugin-throttling only waits on a 429 that says "secondary rate" or has no quota left; any
 * other 429 still carries `retry-after`, which GitHub asks clients to honour (docs/github.md "Rate limits"
 * "Rate limits"). plugin-retry is told to leave 429s alone, and this waits for them.
 */
function honourRetryAfter(octokit: GitHubClient, maxWait: number): void {
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = plainTooManyRequestsWait(error);
        if (wait === undefined || wait > maxWait || attempt >= MAX_RATE_LIMIT_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    }
  });
}

function plainTooManyRequestsWait(error: unknown): number | undefined {
  if (!isRequestError(error) || error.status !== 429) return undefined;
  const headers = error.response?.headers ?? {};
  // Those two shapes are plugin-throttling's to handle.
  if (/\bsecondary rate\b/iu.test(error.message) || headers['x-ratelimit-remaining'] === '0')
    return undefined;
  const seconds = Number(headers['retry-after']);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 60;
}

const ResilientOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof ResilientOctokit>;

export interface ClientOptions {
  readonly token: string;
  /** `GITHUB_API_URL`: api.github.com, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  readonly baseUrl: string;
  /** Rate-limit waits longer than this give up with a clear message instead of stalling a job. */
  readonly maxRateLimitWaitSeconds?: number;
  /** Base of plugin-retry's quadratic back-off for 5xx (1 s, 4 s, 9 s by default). */
  readonly retryBaseMs?: number;
  readonly log?: (message: string) => void;
}

const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * Octokit with retries for transient failures (plugin-retry: 5xx, three tries; it never
 * retries 400/401/403/404/410/422/451) and for rate limits (plugin-throttling honours
 * `retry-after`, else `x-ratelimit-reset`), as docs/github.md "Rate limits" describes.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const log = options.log ?? (() => undefined);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= maxWait;
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return retrying;
    };
  const client = new ResilientOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/u, ''),
    userAgent: 'destroy-guard',
    // 429s are rate limits, not transient failures: plugin-throttling and honourRetryAfter wait for them.
    retry: {
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  });
  honourRetryAfter(client, maxWait);
  return client;
}

/** The `permissions:` entry each operation needs, for 403 messages (docs/github.md "Permissions"). */
export type Operation =
  | 'read the pull request'
  | 'list changed files'
  | 'read comments'
  | 'write the comment'
  | 'read label events'
  | 'remove the label'
  | 'read reviews'
  | 'read CODEOWNERS'
  | 'read team membership'
  | 'read the module directory'
  | 'read collaborator permission'
  | 'read push activity'
  | 'list pull requests of a commit'
  | 'compare commits'
  | 'read merge queue branches';

const PERMISSION: Readonly<Record<Operation, string>> = {
  'read the pull request': 'pull-requests: read',
  'list changed files': 'pull-requests: read',
  'read comments': 'pull-requests: read',
  'write the comment': 'pull-requests: write',
  'read label events': 'issues: read',
  'remove the label': 'pull-requests: write',
  'read reviews': 'pull-requests: read',
  'read CODEOWNERS': 'contents: read',
  'read team membership': 'an owners-token with organization Members: read (classic PAT: read:org)',
  'read the module directory': 'contents: read',
  'read collaborator permission': 'contents: read',
  'read push activity': 'contents: read',
  'list pull requests of a commit': 'contents: read` and `pull-requests: read',
  'compare commits': 'contents: read',
  'read merge queue branches': 'contents: read',
};

export function isRequestError(error: unknown): error is RequestError {
  return (
    error instanceof RequestError ||
    (error instanceof Error && typeof (error as { status?: unknown }).status === 'number')
  );
}

export function statusOf(error: unknown): number | undefined {
  return isRequestError(error) ? error.status : undefined;
}

function isRateLimit(error: RequestError): boolean {
  const headers = error.response?.headers ?? {};
  return (
    error.status === 429 ||
    headers['x-ratelimit-remaining'] === '0' ||
    /rate limit/iu.test(error.message)
  );
}

/**
 * One line saying what failed and what to change. A 403 names the missing `permissions:`
 * entry (as actions/labeler does); rate limits and outages say to re-run later.
 */
export function describeGitHubError(operation: Operation, error: unknown): string {
  if (!isRequestError(error)) return `could not ${operation}: ${errorMessage(error)}`;
  const message = firstLine(error.message);
  if (isRateLimit(error)) {
    return `could not ${operation}: GitHub rate limit exceeded (${message}); re-run the job once the limit resets`;
  }
  switch (error.status) {
    case 401:
      return `could not ${operation}: the token was rejected (401 ${message}); check the github-token input`;
    case 403:
      return `could not ${operation}: the token lacks permission (403 ${message}); add \`${PERMISSION[operation]}\` to the workflow's permissions:`;
    case 404:
      return `could not ${operation}: not found (404); check the repository and pull request, and that the token can see them (\`${PERMISSION[operation]}\`)`;
    default:
      return error.status >= 500
        ? `could not ${operation}: GitHub kept failing (${error.status} ${message}) after retries; re-run the job`
        : `could not ${operation}: ${error.status} ${message}`;
  }
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}

/** Thrown when the GitHub side prevents a decision; `run()` turns it into a failed step. */
export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  constructor(operation: Operation, cause: unknown) {
    super(describeGitHubError(operation, cause), { cause });
  }
}

/** Runs one API call, turning a failure into a GitHubError that says how to fix it. */
export async function call<T>(operation: Operation, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw new GitHubError(operation, error);
  }
}

/** How many API requests a run made, and how many of them wrote (a GraphQL query reads). */
export interface RequestCount {
  requests: number;
  writes: number;
}

/** Counts every request the client sends from now on, retries included. */
export function countRequests(client: GitHubClient, count: RequestCount): void {
  client.hook.before('request', (options) => {
    count.requests += 1;
    if (options.method !== 'GET' && options.method !== 'HEAD' && !/\/graphql$/u.test(options.url))
      count.writes += 1;
  });
}
