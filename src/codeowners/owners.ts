import type { Owner } from './types.js';

/*
 * Owner syntax (GitHub docs, "About code owners"): `@username`, `@org/team-name`, or the email
 * address of a GitHub account. The character sets are deliberately a little wider than
 * GitHub's (underscores for Enterprise Managed Users' `name_shortcode` logins, dots in case a
 * slug has one): treating a line GitHub accepts as invalid would let an earlier, broader rule
 * decide ownership, while accepting an owner GitHub rejects only names someone who can never
 * be resolved, which fails closed.
 */
const NAME = /^[A-Za-z0-9._-]+$/u;
// GitHub's own example of an invalid owner is `docs@` (codeowners/errors API docs).
// Dot-separated labels keep the expression unambiguous, so it runs in linear time.
const EMAIL = /^[^\s@/]+@[^\s@/.]+(?:\.[^\s@/.]+)+$/u;

export type OwnerParse =
  { readonly ok: true; readonly owner: Owner } | { readonly ok: false; readonly reason: string };

export function parseOwner(token: string): OwnerParse {
  if (token.startsWith('@')) {
    const [org, slug, ...rest] = token.slice(1).split('/');
    if (rest.length === 0 && org !== undefined && NAME.test(org)) {
      if (slug === undefined) return { ok: true, owner: { kind: 'user', login: org } };
      if (NAME.test(slug)) return { ok: true, owner: { kind: 'team', org, slug } };
    }
  } else if (EMAIL.test(token)) {
    return { ok: true, owner: { kind: 'email', email: token } };
  }
  const hint = NAME.test(token) ? `; did you mean "@${token}"?` : '';
  return {
    ok: false,
    reason: `Invalid owner: "${token}" is not an @user, an @org/team or an email address${hint}`,
  };
}

/** The owner as written in CODEOWNERS: `@user`, `@org/team`, `a@b.c`. */
export function formatOwner(owner: Owner): string {
  switch (owner.kind) {
    case 'user':
      return `@${owner.login}`;
    case 'team':
      return `@${owner.org}/${owner.slug}`;
    case 'email':
      return owner.email;
  }
}
