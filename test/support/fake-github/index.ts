/**
 * A fake GitHub REST API on 127.0.0.1 for end-to-end tests: start it, point GITHUB_API_URL
 * (or Octokit's baseUrl) at `fake.url`, shape the world with the helpers, read `requests`.
 */
export { startFakeGitHub } from './server.js';
export { FakeGitHub, type FakeGitHubOptions, type LoggedRequest } from './fake.js';
export {
  actionsToken,
  appToken,
  type Access,
  type TokenConfig,
  type TokenPermissions,
} from './auth.js';
export { createManualClock, isoSeconds, type Clock, type ManualClock } from './clock.js';
export type {
  EventPayload,
  PullRequestAction,
  PullRequestEventExtra,
  PushEventInput,
} from './events.js';
export type {
  BranchPushOptions,
  MergeGroup,
  MergeGroupEntry,
  MergeOptions,
  QueueOptions,
} from './git.js';
export { UNPAGED_COMPARE_COMMITS } from './routes/commits.js';
export { Faults, type FaultSpec, type FaultTarget, type ServerErrorStatus } from './faults.js';
export type {
  CommentOptions,
  EditOptions,
  LabelOptions,
  PushOptions,
  ReviewOptions,
} from './mutations.js';
export type { AppInput, FileInput, PullOptions, RepoOptions, TeamOptions, When } from './world.js';
export { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './pagination.js';
export type { RateSnapshot } from './ratelimit.js';
export { MAX_COMMENT_BODY } from './routes/comments.js';
export { HUNDRED_MB, ONE_MB } from './routes/contents.js';
export { MAX_LISTED_FILES } from './routes/pulls.js';
export type * from './state.js';
export { GITHUB_ACTIONS_BOT_ID } from './state.js';
