import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownersCommand } from '../../src/cli/owners.js';

const CODEOWNERS = [
  '# Default owners',
  '*                 @org/everyone',
  '/infra/           @org/infra   # platform team',
  '/infra/db/        @org/dba alice@example.com',
  '/infra/generated/',
  '*.tf @bad,owner',
  '!/infra/secret/ @org/security',
].join('\n');

let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'destroy-guard-owners-'));
  await mkdir(join(cwd, '.github'));
  await writeFile(join(cwd, '.github', 'CODEOWNERS'), CODEOWNERS);
  await mkdir(join(cwd, 'empty-dir'));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await ownersCommand(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: Readable.from([]),
    cwd,
  });
  return { code, stdout, stderr };
}

describe('destroy-guard owners', () => {
  it('prints the owners of each path and the deciding line, reading FILE relative to cwd', async () => {
    const result = await run(
      '--codeowners',
      '.github/CODEOWNERS',
      'infra/db/main.tf',
      'infra/net/main.tf',
      'README.md',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'infra/db/main.tf: @org/dba alice@example.com (line 4)',
        'infra/net/main.tf: @org/infra (line 3)',
        'README.md: @org/everyone (line 2)',
        '',
      ].join('\n'),
    );
  });

  it('says when a line clears ownership and when no rule matches', async () => {
    await writeFile(join(cwd, 'NARROW'), '/docs/ @writers\n/docs/generated/\n');
    const result = await run('--codeowners', 'NARROW', 'docs/generated/a.md', 'src/main.ts');
    expect(result.stdout).toBe(
      'docs/generated/a.md: no owner (line 2 clears ownership)\nsrc/main.ts: no owner (no rule matches)\n',
    );
    expect(result.stderr).toBe('');
  });

  it('warns on stderr about each line GitHub skips', async () => {
    const result = await run('--codeowners', '.github/CODEOWNERS', 'infra/secret/x.tf');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('infra/secret/x.tf: @org/infra (line 3)\n');
    const warnings = result.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^destroy-guard owners: warning: \.github\/CODEOWNERS:6: Invalid owner: "@bad,owner"/u,
    );
    expect(warnings[0]).toContain('GitHub skips this line: *.tf @bad,owner');
    expect(warnings[1]).toMatch(
      /^destroy-guard owners: warning: \.github\/CODEOWNERS:7: Invalid pattern: negation/u,
    );
  });

  it('prints a versioned JSON document with --json', async () => {
    const result = await run(
      '--json',
      '--codeowners',
      join(cwd, '.github', 'CODEOWNERS'),
      'infra/db/main.tf',
      'infra/generated/x.tf',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      paths: [
        { path: 'infra/db/main.tf', owners: ['@org/dba', 'alice@example.com'], line: 4 },
        { path: 'infra/generated/x.tf', owners: [], line: 5 },
      ],
      errors: [
        {
          line: 6,
          text: '*.tf @bad,owner',
          reason: expect.stringMatching(/^Invalid owner/u) as unknown,
        },
        {
          line: 7,
          text: '!/infra/secret/ @org/security',
          reason: expect.stringMatching(/^Invalid pattern/u) as unknown,
        },
      ],
    });
  });

  it('gives null as the line when no rule matches, in JSON', async () => {
    const result = await run('--codeowners', 'NARROW', '--json', 'src/a.ts');
    expect(JSON.parse(result.stdout)).toMatchObject({
      paths: [{ path: 'src/a.ts', owners: [], line: null }],
      errors: [],
    });
  });

  it('warns that GitHub ignores a file of 3 MB or more', async () => {
    await writeFile(join(cwd, 'HUGE'), `${'# padding\n'.repeat(320_000)}* @org/everyone\n`);
    const result = await run('--codeowners', 'HUGE', 'a.txt');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('a.txt: @org/everyone (line 320001)\n');
    expect(result.stderr).toMatch(
      /^destroy-guard owners: warning: HUGE is 3 MB or more, which GitHub does not load/u,
    );
  });

  describe('usage errors: one line naming the problem and the fix, exit 2', () => {
    it.each([
      [['infra/main.tf'], /no CODEOWNERS file given; pass --codeowners \.github\/CODEOWNERS/u],
      [
        ['--codeowners', '.github/CODEOWNERS'],
        /no paths given; name the repository paths to look up/u,
      ],
      [
        ['--codeowners', 'missing/CODEOWNERS', 'a.tf'],
        /cannot read missing\/CODEOWNERS: no such file; pass the path of your CODEOWNERS file/u,
      ],
      [
        ['--codeowners', 'empty-dir', 'a.tf'],
        /empty-dir is a directory; pass the CODEOWNERS file inside it/u,
      ],
      [
        ['--codeowners', '.github/CODEOWNERS', '--format', 'json', 'a.tf'],
        /unknown option --format; see destroy-guard owners --help/u,
      ],
      [['a.tf', '--codeowners'], /--codeowners needs a value/u],
    ])('%j', async (args, message) => {
      const result = await run(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^destroy-guard owners: ${message.source}`, 'u'));
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  });

  it('prints its usage with --help', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: destroy-guard owners --codeowners FILE PATH\.\.\. \[--json\]/u,
    );
  });
});
