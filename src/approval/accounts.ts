import type { Account } from './facts.js';

/**
 * Logins compare case-insensitively, as on GitHub. Every login reaching src/approval is in
 * REST form: GraphQL writes a bot as `github-actions`, REST as `github-actions[bot]`, and the
 * GitHub edge adds the suffix to GraphQL `Bot` actors (docs/github.md).
 */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function loginKey(login: string): string {
  return login.toLowerCase();
}

/** An account of type Bot, a `[bot]` login, or a change made through an app. */
export function isBotOrApp(account: Account, viaApp?: string): boolean {
  return account.type === 'Bot' || account.login.endsWith('[bot]') || viaApp !== undefined;
}
