/** What a route answers, and GitHub's error bodies. */

export interface Reply {
  readonly status: number;
  /** Serialised as JSON (`application/json; charset=utf-8`) unless `raw` is given. */
  readonly json?: unknown;
  readonly raw?: { readonly body: Buffer; readonly contentType: string };
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown from a route (or a helper it calls) to answer with an error reply at once. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly reply: Reply) {
    super(`fake-github ${reply.status}`);
  }
}

export const DOCS = 'https://docs.github.com/rest';

/**
 * GitHub's error body: `message`, optional `errors`, `documentation_url`, and (since 2024)
 * `status` as a string, e.g. `{"message":"Bad credentials","documentation_url":
 * "https://docs.github.com/rest","status":"401"}`.
 */
export function errorReply(
  status: number,
  message: string,
  documentationUrl: string = DOCS,
  errors?: readonly unknown[],
  headers?: Readonly<Record<string, string>>,
): Reply {
  return {
    status,
    json: {
      message,
      ...(errors === undefined ? {} : { errors }),
      documentation_url: documentationUrl,
      status: String(status),
    },
    ...(headers === undefined ? {} : { headers }),
  };
}

export function notFound(documentationUrl: string = DOCS): ApiError {
  return new ApiError(errorReply(404, 'Not Found', documentationUrl));
}

export function ok(json: unknown, status = 200): Reply {
  return { status, json };
}

export const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
export const SECONDARY_RATE_LIMIT_DOCS = `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`;

export function secondaryRateLimitMessage(requestId: string): string {
  return (
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`
  );
}
