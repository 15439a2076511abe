import type { Route } from '../router.js';
import { commentRoutes } from './comments.js';
import { commitRoutes } from './commits.js';
import { contentRoutes } from './contents.js';
import { labelRoutes } from './labels.js';
import { metaRoutes } from './meta.js';
import { orgRoutes } from './orgs.js';
import { pullRoutes } from './pulls.js';
import { repoRoutes } from './repos.js';
import { graphqlRoutes } from '../graphql/route.js';

export const ROUTES: readonly Route[] = [
  ...pullRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...contentRoutes,
  ...orgRoutes,
  ...metaRoutes,
  ...repoRoutes,
  ...commitRoutes,
  ...graphqlRoutes,
];
