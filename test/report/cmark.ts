/**
 * GitHub's Markdown engine, when installed: `cmark-gfm` with the extensions github.com enables.
 * The structural checks below read its HTML with regular expressions, which is sound only
 * because every plan-derived `<` reaches the HTML escaped as `&lt;`.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export const CMARK_GFM = onPath('cmark-gfm');

export function toHtml(markdown: string): string {
  if (CMARK_GFM === undefined) throw new Error('cmark-gfm is not on PATH');
  return execFileSync(
    CMARK_GFM,
    ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink'],
    {
      input: markdown,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

export function unescapeHtml(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The text of every `<code>` element, unescaped. */
export function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/gu)].map((match) =>
    unescapeHtml(match[1] ?? ''),
  );
}

export interface TableShape {
  readonly headerCells: number;
  readonly rowCells: readonly number[];
}

export function tableShapes(html: string): TableShape[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/gu)].map((match) => {
    const table = match[1] ?? '';
    const head = /<thead>([\s\S]*?)<\/thead>/u.exec(table)?.[1] ?? '';
    const body = /<tbody>([\s\S]*?)<\/tbody>/u.exec(table)?.[1] ?? '';
    return {
      headerCells: (head.match(/<th[ >]/gu) ?? []).length,
      rowCells: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(
        (row) => (row[1]?.match(/<td[ >]/gu) ?? []).length,
      ),
    };
  });
}

export function count(html: string, pattern: RegExp): number {
  return (html.match(pattern) ?? []).length;
}
