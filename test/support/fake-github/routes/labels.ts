/** Labels on a pull request (through the Issues API) and the issue events labelling leaves. */
import { ApiError, errorReply, ok, type Reply } from '../http.js';
import { addLabel, removeLabel } from '../mutations.js';
import { paginate } from '../pagination.js';
import { pullOf, type RepoContext, type RepoRoute } from '../router.js';
import { issueEvent, label } from '../serialize.js';
import { fullName, labelDefinition, type PullRecord } from '../state.js';

const READ = [
  { scope: 'issues', level: 'read' },
  { scope: 'pull_requests', level: 'read' },
] as const;
const WRITE = [
  { scope: 'issues', level: 'write' },
  { scope: 'pull_requests', level: 'write' },
] as const;

function labelsJson(context: RepoContext, pull: PullRecord): unknown[] {
  return pull.labels.map((name) =>
    label(context.urls, context.repo, labelDefinition(context.state, context.repo, name)),
  );
}

/** `{labels: [...]}` or a bare array, of names or `{name}` objects, as GitHub accepts. */
function requestedLabels(context: RepoContext): string[] {
  const input = context.body;
  const list = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null
      ? (input as Record<string, unknown>)['labels']
      : undefined;
  if (!Array.isArray(list)) {
    throw new ApiError(
      errorReply(422, 'Invalid request.\n\n"labels" wasn\'t supplied.', context.docs),
    );
  }
  return list.map((item: unknown, index) => {
    if (typeof item === 'string' && item !== '') return item;
    if (
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { name?: unknown }).name === 'string'
    ) {
      return (item as { name: string }).name;
    }
    throw new ApiError(
      errorReply(
        422,
        `Invalid request.\n\nFor 'items', ${JSON.stringify(item)} is not a string (labels[${index}]).`,
        context.docs,
      ),
    );
  });
}

function actor(context: RepoContext): { login: string; type: 'User' | 'Bot' } {
  return { login: context.identity.login, type: context.identity.type };
}

function viaApp(context: RepoContext): { viaApp: string } | Record<string, never> {
  return context.identity.config.app === undefined ? {} : { viaApp: context.identity.config.app };
}

export const labelRoutes: readonly RepoRoute[] = [
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/events',
    docs: 'https://docs.github.com/rest/issues/events#list-issue-events',
    permission: [{ scope: 'issues', level: 'read' }],
    handle: (context) => {
      const pull = pullOf(context, 'issue_number');
      return paginate(pull.events, context, (entry) =>
        issueEvent(context.urls, context.repo, entry),
      );
    },
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    docs: 'https://docs.github.com/rest/issues/labels#list-labels-for-an-issue',
    permission: READ,
    handle: (context) => {
      const pull = pullOf(context, 'issue_number');
      return paginate(labelsJson(context, pull), context, (entry) => entry);
    },
  },
  {
    kind: 'repo',
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    docs: 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue',
    permission: WRITE,
    handle: (context): Reply => {
      const pull = pullOf(context, 'issue_number');
      for (const name of requestedLabels(context)) {
        addLabel(
          context.state,
          context.now,
          fullName(context.repo),
          pull.number,
          name,
          actor(context),
          viaApp(context),
        );
      }
      return ok(labelsJson(context, pull));
    },
  },
  {
    kind: 'repo',
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    docs: 'https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue',
    permission: WRITE,
    handle: (context): Reply => {
      const pull = pullOf(context, 'issue_number');
      const name = context.params['name'] ?? '';
      const event = removeLabel(
        context.state,
        context.now,
        fullName(context.repo),
        pull.number,
        name,
        actor(context),
        viaApp(context),
      );
      if (event === undefined)
        throw new ApiError(errorReply(404, 'Label does not exist', context.docs));
      return ok(labelsJson(context, pull));
    },
  },
];
