import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../src/codeowners/index.js';

/** [pattern, path, matches]: committed cases for each rule, independent of ../shared. */
type Case = readonly [pattern: string, path: string, matches: boolean];

function check(cases: readonly Case[]): void {
  it.each(cases)('%s vs %s → %s', (pattern, path, matches) => {
    expect(matchesPattern(pattern, path)).toBe(matches);
  });
}

describe('matchesPattern', () => {
  describe('a name without a slash matches at any depth, as a file or a directory', () => {
    check([
      ['main.tf', 'main.tf', true],
      ['main.tf', 'infra/db/main.tf', true],
      ['db', 'infra/db/main.tf', true],
      ['db', 'infra/db', true],
      ['db', 'infra/dbx/main.tf', false],
      ['db', 'infra/xdb', false],
    ]);
  });

  describe('a slash at the start or in the middle anchors to the root', () => {
    check([
      ['/main.tf', 'main.tf', true],
      ['/main.tf', 'infra/main.tf', false],
      ['infra/db', 'infra/db/main.tf', true],
      ['infra/db', 'modules/infra/db/main.tf', false],
      ['/infra/db', 'infra/db', true],
    ]);
  });

  describe('a trailing slash means a directory: `apps/` anywhere, `/docs/` at the root', () => {
    check([
      ['apps/', 'apps/index.js', true],
      ['apps/', 'src/apps/index.js', true],
      ['apps/', 'src/apps/deep/er/index.js', true],
      ['apps/', 'apps', false],
      ['apps/', 'src/apps', false],
      ['/docs/', 'docs/index.md', true],
      ['/docs/', 'docs/a/b/c.md', true],
      ['/docs/', 'src/docs/index.md', false],
      ['/docs/', 'docs', false],
      ['infra/db/', 'infra/db/', true],
    ]);
  });

  describe('`docs/*` matches one level only', () => {
    check([
      ['docs/*', 'docs/getting-started.md', true],
      ['docs/*', 'docs/build-app/troubleshooting.md', false],
      ['docs/*', 'docs', false],
      ['docs/*', 'src/docs/a.md', false],
      ['/*', 'README.md', true],
      ['/*', 'src/main.ts', false],
      ['docs/*.md', 'docs/a.md', true],
      ['docs/*.md', 'docs/a/b.md', false],
    ]);
  });

  describe('`*` alone matches everything', () => {
    check([
      ['*', 'README.md', true],
      ['*', 'a/b/c/d.tf', true],
      ['*', '.github/CODEOWNERS', true],
    ]);
  });

  describe('`*` and `?` stay within one segment', () => {
    check([
      ['*.js', 'src/app.js', true],
      ['*.js', 'app.js/inside.txt', true],
      ['*.js', 'src/app.jsx', false],
      ['f?o', 'dir/foo', true],
      ['f?o', 'f/o', false],
      ['f?o', 'fo', false],
      ['f?o', 'f😀o', true],
      ['src/*/mod.rs', 'src/a/b/mod.rs', false],
      ['a*b*c', 'axxbyyc', true],
      ['a*b*c', 'axxbyy', false],
      ['a**b', 'aXb', true],
      ['a**b', 'a/b', false],
    ]);
  });

  describe('`**`', () => {
    check([
      ['**/logs', 'build/logs/a.log', true],
      ['**/logs', 'deeply/nested/logs/a.log', true],
      ['**/logs', 'logs/a.log', true],
      ['**/logs', 'build/logs', true],
      ['**/logs', 'build/logsx/a.log', false],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/b', true],
      ['a/**/b', 'a/x/y/z/b/c.txt', true],
      ['a/**/b', 'x/a/b', false],
      ['a/**/b', 'a/xb', false],
      ['a/**/**/b', 'a/b', true],
      ['infra/**', 'infra/main.tf', true],
      ['infra/**', 'infra/a/b/main.tf', true],
      ['infra/**', 'infra', false],
      ['infra/**', 'x/infra/main.tf', false],
      ['**', 'anything/at/all', true],
      ['**/', 'dir/file', true],
      ['**/', 'file', false],
    ]);
  });

  describe('paths are case-sensitive', () => {
    check([
      ['/Src/', 'src/app.js', false],
      ['*.JS', 'src/app.js', false],
      ['README.md', 'readme.md', false],
      ['/Src/', 'Src/app.js', true],
    ]);
  });

  describe('brackets are ordinary characters (no `[ ]` ranges)', () => {
    check([
      ['/apps/[param]/file.ts', 'apps/[param]/file.ts', true],
      ['/apps/[param]/file.ts', 'apps/p/file.ts', false],
      ['[abc].txt', 'a.txt', false],
      ['[abc].txt', '[abc].txt', true],
      ['*[0-9]', 'x5', false],
      ['*[0-9]', 'x[0-9]', true],
    ]);
  });

  describe('`\\` escapes the next character', () => {
    check([
      ['f\\*o', 'f*o', true],
      ['f\\*o', 'foo', false],
      ['f\\?o', 'f?o', true],
      ['my\\ dir/', 'my dir/a.txt', true],
      ['\\*\\*', '**', true],
      ['\\*\\*', 'a/b', false],
    ]);
  });

  describe('invalid patterns match nothing', () => {
    check([
      ['!foo', 'foo', false],
      ['!foo', '!foo', false],
      ['***', 'foo', false],
      ['foo\\', 'foo', false],
      ['/', 'foo', false],
    ]);
  });

  describe('path spelling', () => {
    check([
      ['/infra/', './infra/main.tf', true],
      ['/infra/', '/infra/main.tf', true],
      ['*', '', false],
      ['*', './', false],
    ]);
  });
});
