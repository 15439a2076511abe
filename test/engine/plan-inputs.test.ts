import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePlanInputs, type PlanInput } from '../../src/engine/plan-inputs.js';
import { UserError } from '../../src/util/errors.js';

let root: string;
let ws: string;

const FILES = [
  'ws/plan.json',
  'ws/infra/prod/plan.json',
  'ws/infra/staging/plan.json',
  'ws/infra/staging/other.json',
  'ws/infra/b/plan.json',
  'ws/artifacts/env=prod/plan.json',
  'ws/plans/[x]/plan.json',
  'ws/.hidden/plan.json',
  'outside/plan.json',
];

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dg-inputs-'));
  ws = path.join(root, 'ws');
  for (const file of FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '{}');
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function resolve(lines: string[], cwd = ws): Promise<PlanInput[]> {
  return resolvePlanInputs(lines, { cwd, workspace: ws });
}

/** `path → moduleDir`, in order. */
async function sources(lines: string[], cwd = ws): Promise<[string, string][]> {
  return (await resolve(lines, cwd)).map((input) => [input.source.path, input.source.moduleDir]);
}

async function failure(lines: string[], cwd = ws): Promise<string> {
  const error = await resolve(lines, cwd).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  const message = (error as UserError).message;
  expect(message).not.toMatch(/[\r\n]/u);
  return message;
}

describe('resolvePlanInputs', () => {
  it('reads a path as given, with its directory as module directory', async () => {
    const inputs = await resolve(['infra/prod/plan.json']);
    expect(inputs).toEqual([
      {
        filePath: path.join(ws, 'infra/prod/plan.json'),
        source: { path: 'infra/prod/plan.json', moduleDir: 'infra/prod' },
      },
    ]);
  });

  it('ignores blank lines and surrounding whitespace', async () => {
    expect(await sources(['', '  infra/prod/plan.json \t', '   ', '\r'])).toEqual([
      ['infra/prod/plan.json', 'infra/prod'],
    ]);
  });

  it('gives `.` to a plan at the repository root', async () => {
    expect(await sources(['plan.json', './plan.json'])).toEqual([['plan.json', '.']]);
  });

  it('expands globs in sorted order, one module directory per file', async () => {
    expect(await sources(['infra/**/*.json'])).toEqual([
      ['infra/b/plan.json', 'infra/b'],
      ['infra/prod/plan.json', 'infra/prod'],
      ['infra/staging/other.json', 'infra/staging'],
      ['infra/staging/plan.json', 'infra/staging'],
    ]);
  });

  it('keeps the order of lines', async () => {
    expect(await sources(['infra/staging/plan.json', 'infra/prod/plan.json'])).toEqual([
      ['infra/staging/plan.json', 'infra/staging'],
      ['infra/prod/plan.json', 'infra/prod'],
    ]);
  });

  it('shows an absolute glob with absolute paths', async () => {
    expect(await sources([`${ws}/infra/*/plan.json`])).toEqual([
      [`${ws}/infra/b/plan.json`, 'infra/b'],
      [`${ws}/infra/prod/plan.json`, 'infra/prod'],
      [`${ws}/infra/staging/plan.json`, 'infra/staging'],
    ]);
  });

  it('reads a file matched twice once', async () => {
    const inputs = await resolve([
      'infra/prod/plan.json',
      'infra/*/plan.json',
      './infra/prod/plan.json',
      `${ws}/infra/prod/plan.json`,
    ]);
    expect(inputs.map((input) => input.source.path)).toEqual([
      'infra/prod/plan.json',
      'infra/b/plan.json',
      'infra/staging/plan.json',
    ]);
  });

  it('applies MODULE_DIR= to every file a glob matches, with or without a trailing slash', async () => {
    expect(await sources(['terraform/shared=infra/*/plan.json'])).toEqual([
      ['infra/b/plan.json', 'terraform/shared'],
      ['infra/prod/plan.json', 'terraform/shared'],
      ['infra/staging/plan.json', 'terraform/shared'],
    ]);
    expect(await sources(['terraform/prod/ = infra/prod/plan.json'])).toEqual([
      ['infra/prod/plan.json', 'terraform/prod'],
    ]);
    expect(await sources(['./terraform//prod/=infra/prod/plan.json'])).toEqual([
      ['infra/prod/plan.json', 'terraform/prod'],
    ]);
    expect(await sources([`${ws}/terraform/prod=infra/prod/plan.json`])).toEqual([
      ['infra/prod/plan.json', 'terraform/prod'],
    ]);
    expect(await sources(['./=infra/prod/plan.json'])).toEqual([['infra/prod/plan.json', '.']]);
  });

  it('takes MODULE_DIR relative to the repository root, paths relative to the working directory', async () => {
    expect(
      await sources(['prod/plan.json', 'terraform/b=b/plan.json'], path.join(ws, 'infra')),
    ).toEqual([
      ['prod/plan.json', 'infra/prod'],
      ['b/plan.json', 'terraform/b'],
    ]);
  });

  it('lets an explicit MODULE_DIR win over a glob matching the same file, in either order', async () => {
    const expected = [
      ['infra/b/plan.json', 'infra/b'],
      ['infra/prod/plan.json', 'terraform/prod'],
      ['infra/staging/plan.json', 'infra/staging'],
    ];
    expect(await sources(['infra/*/plan.json', 'terraform/prod=infra/prod/plan.json'])).toEqual(
      expected,
    );
    expect(await sources(['terraform/prod=infra/prod/plan.json', 'infra/*/plan.json'])).toEqual([
      expected[1],
      expected[0],
      expected[2],
    ]);
  });

  it('refuses one file given two different module directories', async () => {
    expect(await failure(['a=infra/prod/plan.json', 'b=infra/*/plan.json'])).toBe(
      'plan: "infra/prod/plan.json" is given with two module directories ("a" by "a=infra/prod/plan.json", "b" by "b=infra/*/plan.json"); give each plan file one MODULE_DIR',
    );
  });

  it('reads a path containing `=` as a path when that file exists', async () => {
    expect(await sources(['artifacts/env=prod/plan.json'])).toEqual([
      ['artifacts/env=prod/plan.json', 'artifacts/env=prod'],
    ]);
    expect(await sources(['infra/prod=artifacts/env=prod/plan.json'])).toEqual([
      ['artifacts/env=prod/plan.json', 'infra/prod'],
    ]);
  });

  it('reads an existing file whose name holds glob characters literally', async () => {
    expect(await sources(['plans/[x]/plan.json'])).toEqual([['plans/[x]/plan.json', 'plans/[x]']]);
  });

  it('passes a missing literal path on, so reading it names the file', async () => {
    expect(await sources(['infra/dev/plan.json'])).toEqual([['infra/dev/plan.json', 'infra/dev']]);
  });

  it('refuses a glob that matches nothing, naming the directory searched', async () => {
    expect(await failure(['artifacts/**/tfplan.json'])).toBe(
      `plan: "artifacts/**/tfplan.json" matched no file under ${ws}; check the path (artifacts are downloaded where actions/download-artifact's path: says)`,
    );
    expect(await failure(['infra/prod=nothing/*.json'])).toMatch(
      /^plan: "nothing\/\*\.json" matched no file under /u,
    );
  });

  it('matches hidden directories only when the glob names them', async () => {
    expect(await sources(['.hidden/*.json'])).toEqual([['.hidden/plan.json', '.hidden']]);
    expect((await sources(['**/plan.json'])).map(([file]) => file)).not.toContain(
      '.hidden/plan.json',
    );
  });

  it('reads standard input once, with the working directory as module directory', async () => {
    expect(await resolve(['-'])).toEqual([
      { filePath: '-', source: { path: '-', moduleDir: '.' } },
    ]);
    expect(await sources(['-'], path.join(ws, 'infra/prod'))).toEqual([['-', 'infra/prod']]);
    expect(await sources(['infra/prod=-', 'infra/b/plan.json'])).toEqual([
      ['-', 'infra/prod'],
      ['infra/b/plan.json', 'infra/b'],
    ]);
    expect(await failure(['-', 'infra/prod/plan.json', 'x=-'])).toBe(
      'plan: "-" (standard input) is given more than once; standard input holds one plan, pass the others as files',
    );
  });

  it('gives a plan outside the repository the repository root (fail closed)', async () => {
    expect(await sources(['../outside/plan.json'])).toEqual([['../outside/plan.json', '.']]);
    expect(await sources(['-'], root)).toEqual([['-', '.']]);
    expect(await sources(['infra/prod=../outside/plan.json'])).toEqual([
      ['../outside/plan.json', 'infra/prod'],
    ]);
  });

  it('refuses a MODULE_DIR outside the repository or an empty side', async () => {
    expect(await failure(['../outside=infra/prod/plan.json'])).toBe(
      `plan: "../outside=infra/prod/plan.json" names module directory "../outside", outside the repository (${ws}); give a directory relative to the repository root`,
    );
    expect(await failure(['=infra/prod/plan.json'])).toBe(
      'plan: "=infra/prod/plan.json" is not MODULE_DIR=PATH_OR_GLOB (one side is empty); write e.g. infra/prod=artifacts/prod/plan.json',
    );
    expect(await failure(['infra/prod='])).toMatch(/one side is empty/u);
  });

  it('resolves nothing from no lines', async () => {
    expect(await resolve(['', '  '])).toEqual([]);
  });
});
