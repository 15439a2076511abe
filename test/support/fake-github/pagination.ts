/**
 * GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page` (from 1),
 * with a `link` header of absolute URLs in the order GitHub sends them — prev, next, last,
 * first — each present only when it applies; a single page has no `link` header at all.
 * Repository URLs in links use `/repositories/{id}/…`, as GitHub's do.
 */
import type { Reply } from './http.js';

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export interface PageRequest {
  readonly query: URLSearchParams;
  /** Absolute URL, without query, that the links point at. */
  readonly linkBase: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly link: string | undefined;
}

function positive(value: string | null, fallback: number): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) && number >= 1 ? number : fallback;
}

export function pageOf<T>(items: readonly T[], request: PageRequest): Page<T> {
  const perPage = Math.min(MAX_PER_PAGE, positive(request.query.get('per_page'), DEFAULT_PER_PAGE));
  const page = positive(request.query.get('page'), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const url = (target: number): string => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(target));
    return `${request.linkBase}?${query.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${url(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) links.push(`<${url(page + 1)}>; rel="next"`, `<${url(last)}>; rel="last"`);
  if (page > 1) links.push(`<${url(1)}>; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    link: links.length === 0 ? undefined : links.join(', '),
  };
}

export function paginate<T>(
  items: readonly T[],
  request: PageRequest,
  render: (item: T) => unknown,
): Reply {
  const page = pageOf(items, request);
  return {
    status: 200,
    json: page.items.map(render),
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}
