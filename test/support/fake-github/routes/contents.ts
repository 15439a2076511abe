/**
 * Repository contents at a ref, by media type, and CODEOWNERS errors. Sizes follow GitHub's
 * documented tiers: up to 1 MB every media type works; 1–100 MB the JSON forms return
 * `encoding: "none"` with empty `content` and only the raw type returns the bytes (GITHUB.md);
 * over 100 MB nothing is served.
 */
import { createHash } from 'node:crypto';
import { ApiError, errorReply, notFound, ok, type Reply } from '../http.js';
import type { RepoContext, RepoRoute } from '../router.js';
import { fullName, type RepoRecord } from '../state.js';

export const ONE_MB = 1024 * 1024;
export const HUNDRED_MB = 100 * ONE_MB;

/** Where GitHub looks for CODEOWNERS, first found wins (GITHUB.md). */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

const READ_CONTENTS = [{ scope: 'contents', level: 'read' }] as const;

type MediaType =
  | { readonly kind: 'json' }
  | { readonly kind: 'object' }
  | { readonly kind: 'raw'; readonly name: string };

/** The first GitHub media type named in `Accept` that this endpoint serves. */
export function mediaTypeOf(accept: string | undefined): MediaType {
  for (const part of (accept ?? '').split(',')) {
    const name = (part.split(';')[0] ?? '').trim().toLowerCase();
    if (/^application\/vnd\.github(?:\.v3)?\.raw(?:\+json)?$/u.test(name))
      return { kind: 'raw', name };
    if (/^application\/vnd\.github(?:\.v3)?\.object(?:\+json)?$/u.test(name))
      return { kind: 'object' };
  }
  return { kind: 'json' };
}

/** A ref GitHub would resolve: one with content, a pull request's head or base, the default branch. */
function knownRef(repo: RepoRecord, ref: string): boolean {
  if (repo.contents.has(ref) || ref === repo.defaultBranch) return true;
  for (const pull of repo.pulls.values()) {
    if ([pull.head.sha, pull.head.ref, pull.base.sha, pull.base.ref].includes(ref)) return true;
  }
  return false;
}

function refOf(context: RepoContext): string {
  const ref = context.query.get('ref') ?? context.repo.defaultBranch;
  if (!knownRef(context.repo, ref))
    throw new ApiError(errorReply(404, `No commit found for the ref ${ref}`, context.docs));
  return ref;
}

function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Ruby's Base64.encode64, which GitHub uses: a newline every 60 characters and at the end. */
function base64Lines(bytes: Buffer): string {
  const encoded = bytes.toString('base64');
  return encoded.length === 0 ? '' : `${encoded.match(/.{1,60}/gu)?.join('\n') ?? ''}\n`;
}

function entryJson(
  context: RepoContext,
  ref: string,
  path: string,
  type: 'file' | 'dir',
  bytes?: Buffer,
): Record<string, unknown> {
  const name = fullName(context.repo);
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const sha =
    bytes === undefined
      ? createHash('sha1').update(`tree ${ref}:${path}`).digest('hex')
      : gitBlobSha(bytes);
  const self = `${context.urls.api}/repos/${name}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const git = `${context.urls.api}/repos/${name}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${context.urls.web}/${name}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encoded}`;
  return {
    name: path.split('/').pop() ?? path,
    path,
    sha,
    size: bytes?.length ?? 0,
    url: self,
    html_url: html,
    git_url: git,
    download_url:
      type === 'file' ? `https://raw.githubusercontent.com/${name}/${ref}/${encoded}` : null,
    type,
    _links: { self, git, html },
  };
}

function fileReply(
  context: RepoContext,
  ref: string,
  path: string,
  bytes: Buffer,
  media: MediaType,
): Reply {
  if (bytes.length > HUNDRED_MB) {
    throw new ApiError(
      errorReply(
        403,
        'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
        context.docs,
        [{ resource: 'Blob', field: 'data', code: 'too_large' }],
      ),
    );
  }
  if (media.kind === 'raw') {
    // GitHub echoes the requested raw type with a charset (e.g. `application/vnd.github.raw+json;
    // charset=utf-8`), which is what makes Octokit hand back a string rather than an ArrayBuffer.
    return {
      status: 200,
      raw: { body: bytes, contentType: `${media.name}; charset=utf-8` },
      headers: {
        'x-github-media-type': `github.v3; param=raw${media.name.endsWith('+json') ? '; format=json' : ''}`,
      },
    };
  }
  const small = bytes.length <= ONE_MB;
  return ok({
    ...entryJson(context, ref, path, 'file', bytes),
    content: small ? base64Lines(bytes) : '',
    encoding: small ? 'base64' : 'none',
  });
}

function directoryEntries(
  context: RepoContext,
  ref: string,
  dir: string,
): Record<string, unknown>[] {
  const files = context.repo.contents.get(ref) ?? new Map<string, Buffer>();
  const prefix = dir === '' ? '' : `${dir}/`;
  const seen = new Map<string, Record<string, unknown>>();
  for (const [path, bytes] of files) {
    if (!path.startsWith(prefix)) continue;
    const [head = '', ...rest] = path.slice(prefix.length).split('/');
    const child = `${prefix}${head}`;
    if (!seen.has(child))
      seen.set(
        child,
        rest.length === 0
          ? entryJson(context, ref, child, 'file', bytes)
          : entryJson(context, ref, child, 'dir'),
      );
  }
  return [...seen.values()].sort((a, b) => String(a['name']).localeCompare(String(b['name'])));
}

function contents(context: RepoContext): Reply {
  const ref = refOf(context);
  const path = (context.params['path'] ?? '').replace(/^\/+|\/+$/gu, '');
  const media = mediaTypeOf(context.headers.accept);
  const bytes = context.repo.contents.get(ref)?.get(path);
  if (bytes !== undefined) return fileReply(context, ref, path, bytes, media);
  const entries = directoryEntries(context, ref, path);
  if (entries.length === 0 && path !== '') throw notFound(context.docs);
  if (media.kind === 'object') return ok({ ...entryJson(context, ref, path, 'dir'), entries });
  return ok(entries);
}

export const contentRoutes: readonly RepoRoute[] = [
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/contents',
    docs: 'https://docs.github.com/rest/repos/contents#get-repository-content',
    permission: READ_CONTENTS,
    handle: contents,
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/contents/{path+}',
    docs: 'https://docs.github.com/rest/repos/contents#get-repository-content',
    permission: READ_CONTENTS,
    handle: contents,
  },
  {
    kind: 'repo',
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/codeowners/errors',
    docs: 'https://docs.github.com/rest/repos/repos#list-codeowners-errors',
    permission: READ_CONTENTS,
    handle: (context) => {
      const ref = refOf(context);
      const files = context.repo.contents.get(ref);
      // No CODEOWNERS file at the ref: GitHub answers 404.
      if (!CODEOWNERS_PATHS.some((path) => files?.has(path) === true)) throw notFound(context.docs);
      return ok({ errors: context.repo.codeownersErrors.get(ref) ?? [] });
    },
  },
];
