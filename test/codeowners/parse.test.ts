import { describe, expect, it } from 'vitest';
import {
  CODEOWNERS_LOCATIONS,
  formatOwner,
  parseCodeowners,
  type Codeowners,
} from '../../src/codeowners/index.js';

/** The owners of a path as written, and the deciding line (null: no rule matches). */
function owners(codeowners: Codeowners, path: string): { owners: string[]; line: number | null } {
  const match = codeowners.ownersOf(path);
  return { owners: match.owners.map(formatOwner), line: match.rule?.line ?? null };
}

describe('parseCodeowners', () => {
  it('lets the last matching line win', () => {
    const co = parseCodeowners(
      ['* @org/everyone', '*.tf @org/infra', '/infra/db/ @org/dba'].join('\n'),
    );
    expect(owners(co, 'README.md')).toEqual({ owners: ['@org/everyone'], line: 1 });
    expect(owners(co, 'infra/net/main.tf')).toEqual({ owners: ['@org/infra'], line: 2 });
    expect(owners(co, 'infra/db/main.tf')).toEqual({ owners: ['@org/dba'], line: 3 });
  });

  it('lets a later, broader line override an earlier, narrower one', () => {
    const co = parseCodeowners(['/infra/db/ @org/dba', '* @org/everyone'].join('\n'));
    expect(owners(co, 'infra/db/main.tf')).toEqual({ owners: ['@org/everyone'], line: 2 });
  });

  it('clears ownership with a matching line that has no owners', () => {
    const co = parseCodeowners(
      ['* @org/everyone', '/generated/', '/generated/keep/ @alice'].join('\n'),
    );
    const cleared = co.ownersOf('generated/a.tf');
    expect(cleared.rule?.line).toBe(2);
    expect(cleared.owners).toEqual([]);
    expect(owners(co, 'generated/keep/a.tf')).toEqual({ owners: ['@alice'], line: 3 });
    expect(owners(co, 'src/a.ts')).toEqual({ owners: ['@org/everyone'], line: 1 });
  });

  it('reports no rule when nothing matches', () => {
    const co = parseCodeowners('/docs/ @writers\n');
    const match = co.ownersOf('infra/main.tf');
    expect(match.rule).toBeUndefined();
    expect(match.owners).toEqual([]);
  });

  it('reads users, teams and email addresses', () => {
    const co = parseCodeowners('*.tf @alice @my-org/db_admins alice@example.com @octo_shortcode\n');
    expect(co.rules[0]?.owners).toEqual([
      { kind: 'user', login: 'alice' },
      { kind: 'team', org: 'my-org', slug: 'db_admins' },
      { kind: 'email', email: 'alice@example.com' },
      { kind: 'user', login: 'octo_shortcode' },
    ]);
    expect(co.rules[0]?.owners.map(formatOwner)).toEqual([
      '@alice',
      '@my-org/db_admins',
      'alice@example.com',
      '@octo_shortcode',
    ]);
    expect(co.errors).toEqual([]);
  });

  it('skips comments, blank lines and inline comments', () => {
    const co = parseCodeowners(
      [
        '# owners',
        '',
        '   ',
        '\t# indented comment',
        '*.js    @js-owner #This is an inline comment.',
      ].join('\n'),
    );
    expect(co.rules).toEqual([
      { line: 5, pattern: '*.js', owners: [{ kind: 'user', login: 'js-owner' }] },
    ]);
    expect(co.errors).toEqual([]);
  });

  it('treats a line with only a comment after the pattern as clearing ownership', () => {
    const co = parseCodeowners('* @everyone\n/vendor/ # nobody reviews vendored code\n');
    expect(co.ownersOf('vendor/lib.js')).toMatchObject({ rule: { line: 2 }, owners: [] });
  });

  it('handles CRLF, a byte order mark, tabs and trailing spaces', () => {
    const co = parseCodeowners(
      '\uFEFF# comment\r\n/infra/\t@org/infra\t \r\n*.md  @writers   \r\n',
    );
    expect(co.rules).toEqual([
      { line: 2, pattern: '/infra/', owners: [{ kind: 'team', org: 'org', slug: 'infra' }] },
      { line: 3, pattern: '*.md', owners: [{ kind: 'user', login: 'writers' }] },
    ]);
    expect(co.errors).toEqual([]);
    expect(owners(co, 'infra/main.tf')).toEqual({ owners: ['@org/infra'], line: 2 });
  });

  it('keeps an escaped space inside the pattern', () => {
    const co = parseCodeowners('/my\\ dir/ @alice\n');
    expect(co.rules[0]?.pattern).toBe('/my\\ dir/');
    expect(owners(co, 'my dir/a.txt')).toEqual({ owners: ['@alice'], line: 1 });
  });

  it('normalises a leading ./ or / in the path, and keeps paths case-sensitive', () => {
    const co = parseCodeowners('/infra/ @org/infra\n');
    expect(owners(co, './infra/main.tf').line).toBe(1);
    expect(owners(co, '/infra/main.tf').line).toBe(1);
    expect(owners(co, 'Infra/main.tf').line).toBeNull();
    expect(owners(co, '').line).toBeNull();
  });

  describe('invalid lines are skipped and listed, as GitHub does', () => {
    it('skips a negated pattern', () => {
      const co = parseCodeowners('* @everyone\n!secret.tf @alice\n');
      expect(co.errors).toEqual([
        {
          line: 2,
          text: '!secret.tf @alice',
          reason: expect.stringMatching(/^Invalid pattern: negation/u) as unknown,
        },
      ]);
      expect(owners(co, 'secret.tf')).toEqual({ owners: ['@everyone'], line: 1 });
    });

    it('skips a line with one invalid owner, keeping the earlier rules in force', () => {
      const co = parseCodeowners('* @everyone\n*.txt docs@ @alice\n*.md octocat\n');
      expect(co.errors.map((e) => [e.line, e.reason])).toEqual([
        [2, 'Invalid owner: "docs@" is not an @user, an @org/team or an email address'],
        [
          3,
          'Invalid owner: "octocat" is not an @user, an @org/team or an email address; did you mean "@octocat"?',
        ],
      ]);
      expect(co.rules.map((r) => r.line)).toEqual([1]);
      expect(owners(co, 'a.txt')).toEqual({ owners: ['@everyone'], line: 1 });
    });

    it.each([
      ['@', 'empty user'],
      ['@org/', 'empty team'],
      ['@/team', 'empty org'],
      ['@org/team/sub', 'nested team'],
      ['@a,', 'trailing comma'],
      ['a@b', 'email without a domain dot'],
      ['@@alice', 'double @'],
    ])('rejects the owner %s (%s)', (owner) => {
      const co = parseCodeowners(`*.tf ${owner}\n`);
      expect(co.rules).toEqual([]);
      expect(co.errors[0]?.reason).toMatch(/^Invalid owner: /u);
    });

    it('skips `***`, which GitHub rejects', () => {
      const co = parseCodeowners('***/*.rb @monalisa\n');
      expect(co.rules).toEqual([]);
      expect(co.errors[0]).toMatchObject({ line: 1, text: '***/*.rb @monalisa' });
      expect(co.errors[0]?.reason).toMatch(/^Invalid pattern: three or more `\*`/u);
    });

    it('has no `\\#` escape: the `#` still starts a comment', () => {
      const co = parseCodeowners('\\#file @alice\n');
      expect(co.rules).toEqual([]);
      expect(co.errors[0]?.reason).toContain('`\\#` does not escape a comment');
      expect(co.ownersOf('#file').rule).toBeUndefined();
    });

    it('skips a pattern that names no path', () => {
      const co = parseCodeowners('/ @alice\n');
      expect(co.rules).toEqual([]);
      expect(co.errors[0]?.reason).toMatch(/^Invalid pattern: the pattern names no path/u);
    });

    it('records the line as written, without its line break', () => {
      const co = parseCodeowners('ok @a\r\n  bad  @a,  \r\n');
      expect(co.errors).toEqual([
        { line: 2, text: '  bad  @a,  ', reason: expect.any(String) as unknown },
      ]);
    });
  });

  it('lists the locations in the order GitHub searches them', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
  });
});
