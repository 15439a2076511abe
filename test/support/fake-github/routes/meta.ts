/** The authenticated user and rate-limit status. */
import { forbidden } from '../auth.js';
import { ok } from '../http.js';
import type { PlainRoute } from '../router.js';
import { user } from '../serialize.js';
import { account } from '../state.js';

export const metaRoutes: readonly PlainRoute[] = [
  {
    kind: 'plain',
    method: 'GET',
    pattern: '/user',
    docs: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
    handle: (context) => {
      // Installation tokens, the GITHUB_TOKEN among them, are not a user: 403 (GITHUB.md).
      if (context.identity.type === 'Bot') throw forbidden(context.identity, context.docs);
      const me = account(context.state, { login: context.identity.login, type: 'User' });
      return ok({
        ...user(context.urls, me),
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        bio: null,
        public_repos: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
      });
    },
  },
  {
    kind: 'plain',
    method: 'GET',
    pattern: '/rate_limit',
    docs: 'https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
    handle: (context) => {
      const core = { ...context.rate };
      const idle = (limit: number) => ({
        limit,
        used: 0,
        remaining: limit,
        reset: context.rate.reset,
      });
      return ok({
        resources: {
          core,
          search: idle(30),
          graphql: idle(5000),
          integration_manifest: idle(5000),
          code_search: idle(10),
        },
        rate: core,
      });
    },
  },
];
