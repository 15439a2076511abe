/**
 * Tokens and what they may do. Repository permissions follow the fine-grained model GitHub
 * Apps, the GITHUB_TOKEN and fine-grained PATs share; `members` is the organisation
 * permission that reading team membership needs (the default GITHUB_TOKEN has none, GITHUB.md).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, errorReply } from './http.js';
import type { AccountType } from './state.js';

export type Access = 'none' | 'read' | 'write';

export interface TokenPermissions {
  readonly issues: Access;
  readonly pull_requests: Access;
  readonly contents: Access;
  readonly members: 'none' | 'read';
}

export interface TokenConfig {
  readonly login: string;
  /** `Bot` for installation tokens (the GITHUB_TOKEN is github-actions[bot]); default from login. */
  readonly type?: Extract<AccountType, 'User' | 'Bot'>;
  /** Missing entries are `none`. */
  readonly permissions: Partial<TokenPermissions>;
  /** Primary rate limit per hour (default 5,000; the GITHUB_TOKEN has 1,000, GITHUB.md). */
  readonly rateLimit?: number;
  /** Named in "API rate limit exceeded for installation ID …" (Bot tokens). */
  readonly installationId?: number;
  /** `owner/name` the token can see; other repositories answer 404. Default: all. */
  readonly repos?: readonly string[];
  /** Writes through this token carry `performed_via_github_app` (a user-to-server token). */
  readonly app?: string;
}

export interface Identity {
  readonly token: string;
  readonly login: string;
  readonly type: 'User' | 'Bot';
  readonly permissions: TokenPermissions;
  readonly config: TokenConfig;
}

/** Any one of these grants access (GitHub accepts e.g. issues OR pull_requests for comments). */
export type Requirement = readonly {
  readonly scope: keyof TokenPermissions;
  readonly level: 'read' | 'write';
}[];

/** The GITHUB_TOKEN as a job with these `permissions:` receives it. */
export function actionsToken(
  permissions: Partial<TokenPermissions>,
  rateLimit = 1000,
): TokenConfig {
  return {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions,
    rateLimit,
    installationId: 48_000_001,
  };
}

/** A GitHub App installation token: writes as `<slug>[bot]` (GITHUB.md). */
export function appToken(
  slug: string,
  permissions: Partial<TokenPermissions>,
  rateLimit = 5000,
): TokenConfig {
  return { login: `${slug}[bot]`, type: 'Bot', permissions, rateLimit, installationId: 48_000_002 };
}

/** `Authorization: token X` or `Bearer X` (Octokit sends the former). */
export function tokenOf(headers: IncomingHttpHeaders): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/iu.exec(headers.authorization ?? '');
  return match?.[1];
}

export function identify(
  tokens: ReadonlyMap<string, TokenConfig>,
  token: string | undefined,
): Identity | undefined {
  if (token === undefined) return undefined;
  const config = tokens.get(token);
  if (config === undefined) return undefined;
  return {
    token,
    login: config.login,
    type: config.type ?? (config.login.endsWith('[bot]') ? 'Bot' : 'User'),
    permissions: {
      issues: config.permissions.issues ?? 'none',
      pull_requests: config.permissions.pull_requests ?? 'none',
      contents: config.permissions.contents ?? 'none',
      members: config.permissions.members ?? 'none',
    },
    config,
  };
}

const RANK: Readonly<Record<Access, number>> = { none: 0, read: 1, write: 2 };

export function allows(identity: Identity, requirement: Requirement): boolean {
  return requirement.some(({ scope, level }) => RANK[identity.permissions[scope]] >= RANK[level]);
}

/** `x-accepted-github-permissions`: alternative sets separated by `; `. */
export function acceptedPermissions(requirement: Requirement): string {
  return requirement.map(({ scope, level }) => `${scope}=${level}`).join('; ');
}

/**
 * 403 as GitHub words it for each kind of token: "Resource not accessible by integration"
 * (Apps, the GITHUB_TOKEN) or "… by personal access token" (fine-grained PATs).
 */
export function forbidden(identity: Identity, documentationUrl: string): ApiError {
  const by = identity.type === 'Bot' ? 'integration' : 'personal access token';
  return new ApiError(errorReply(403, `Resource not accessible by ${by}`, documentationUrl));
}

export function badCredentials(): ApiError {
  return new ApiError(errorReply(401, 'Bad credentials'));
}

export function canSeeRepo(identity: Identity, fullName: string): boolean {
  const repos = identity.config.repos;
  return repos === undefined || repos.some((name) => name.toLowerCase() === fullName.toLowerCase());
}
