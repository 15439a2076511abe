/** Issue comments: list and create on a pull request; get, edit and delete by id. */
import { isoSeconds } from '../clock.js';
import { ApiError, errorReply, notFound, ok, type Reply } from '../http.js';
import { addComment, recordEdit } from '../mutations.js';
import { paginate } from '../pagination.js';
import { intParam, pullOf, type RepoContext, type RepoRoute } from '../router.js';
import { comment } from '../serialize.js';
import { account, findComment, fullName, type CommentRecord, type PullRecord } from '../state.js';

/** GitHub rejects comment bodies over 65,536 characters with 422 (GITHUB.md). */
export const MAX_COMMENT_BODY = 65_536;

// Comments on a pull request go through the Issues API; either permission is accepted.
const READ = [
  { scope: 'issues', level: 'read' },
  { scope: 'pull_requests', level: 'read' },
] as const;
const WRITE = [
  { scope: 'issues', level: 'write' },
  { scope: 'pull_requests', level: 'write' },
] as const;

/** The `body` of a create/update request, validated as GitHub does. */
function bodyOf(context: RepoContext): string {
  const input = context.body;
  const value =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)['body']
      : undefined;
  if (value === undefined || value === null) {
    throw new ApiError(
      errorReply(422, 'Invalid request.\n\n"body" wasn\'t supplied.', context.docs),
    );
  }
  if (typeof value !== 'string') {
    throw new ApiError(
      errorReply(
        422,
        `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(value)} is not a string.`,
        context.docs,
      ),
    );
  }
  // GitHub counts characters (code points), not UTF-16 units.
  if ([...value].length > MAX_COMMENT_BODY)
    throw validationFailed(context, `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`);
  if (value.trim() === '') throw validationFailed(context, "body can't be blank");
  return value;
}

function validationFailed(context: RepoContext, message: string): ApiError {
  return new ApiError(
    errorReply(422, 'Validation Failed', context.docs, [
      { resource: 'IssueComment', code: 'custom', field: 'body', message },
    ]),
  );
}

function commentById(context: RepoContext): { pull: PullRecord; comment: CommentRecord } {
  const found = findComment(context.repo, intParam(context, 'comment_id'));
  if (found === undefined) throw notFound(context.docs);
  return found;
}

function render(
  context: RepoContext,
  pull: PullRecord,
  entry: CommentRecord,
): Record<string, unknown> {
  return comment(context.urls, context.repo, pull, entry);
}

function created(context: RepoContext, pull: PullRecord, entry: CommentRecord): Reply {
  const json = render(context, pull, entry);
  return { status: 201, json, headers: { location: String(json['url']) } };
}

export const commentRoutes: readonly RepoRoute[] = [
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
    permission: READ,
    handle: (context) => {
      const pull = pullOf(context, 'issue_number');
      return paginate(pull.comments, context, (entry) => render(context, pull, entry));
    },
  },
  {
    kind: 'repo',
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    permission: WRITE,
    handle: (context) => {
      const pull = pullOf(context, 'issue_number');
      const body = bodyOf(context);
      const { identity } = context;
      const entry = addComment(
        context.state,
        context.now,
        fullName(context.repo),
        pull.number,
        body,
        { login: identity.login, type: identity.type },
        identity.config.app === undefined ? {} : { viaApp: identity.config.app },
      );
      return created(context, pull, entry);
    },
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
    permission: READ,
    handle: (context) => {
      const { pull, comment: entry } = commentById(context);
      return ok(render(context, pull, entry));
    },
  },
  {
    kind: 'repo',
    method: 'PATCH',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
    permission: WRITE,
    handle: (context) => {
      const { pull, comment: entry } = commentById(context);
      const editor = account(context.state, {
        login: context.identity.login,
        type: context.identity.type,
      });
      recordEdit(entry, editor, bodyOf(context), isoSeconds(context.now()));
      return ok(render(context, pull, entry));
    },
  },
  {
    kind: 'repo',
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
    permission: WRITE,
    handle: (context) => {
      const { pull, comment: entry } = commentById(context);
      pull.comments.splice(pull.comments.indexOf(entry), 1);
      return { status: 204 };
    },
  },
];
