import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { catalogCommand } from '../../src/cli/catalog.js';
import type { CliIo } from '../../src/cli/io.js';

const SCHEMA = 'test/fixtures/schema/providers-schema.json';

async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: Readable.from([]),
    cwd: process.cwd(),
  };
  const code = await catalogCommand(args, io);
  return { code, stdout, stderr };
}

interface CoverageJson {
  version: number;
  schema: string;
  counts: Record<string, number>;
  types: { type: string; provider: string; decision: string; [key: string]: unknown }[];
}

describe('destroy-guard catalog --coverage', () => {
  it('lists every resource type with its decision, unreviewed ones first', async () => {
    const { code, stdout, stderr } = await run(['--coverage', SCHEMA]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^TYPE\s+DECISION\s+DETAIL$/u);
    expect(lines[1]).toMatch(
      /^acme_storage_bucket\s+unreviewed\s+judged by name: holds data \(bucket\)$/u,
    );
    expect(lines[2]).toMatch(/^acme_widget\s+unreviewed\s+judged by name: configuration$/u);
    expect(stdout).toMatch(
      /\naws_glue_registry\s+stateful\s+config-store · high · hashicorp\/aws v6\.58\.0\n/u,
    );
    expect(stdout).toMatch(/\naws_backup_plan\s+safeguard\s+backup · high/u);
    expect(stdout).toMatch(/\naws_iam_role\s+not stateful\s+hashicorp\/aws v6\.58\.0\n/u);
    expect(stdout).toContain(
      '12 resource types: 2 unreviewed, 3 stateful, 2 safeguard, 5 not stateful',
    );
    expect(stdout).toContain('TYPE=none');
  });

  it('prints a versioned JSON document with --json, and applies --stateful-types', async () => {
    const { code, stdout } = await run([
      '--coverage',
      SCHEMA,
      '--json',
      '--stateful-types',
      'acme_widget=none',
    ]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as CoverageJson;
    expect(document).toMatchObject({ version: 1, schema: SCHEMA });
    expect(document.counts).toEqual({ unreviewed: 1, stateful: 3, safeguard: 2, none: 6 });
    expect(document.types[0]).toEqual({
      type: 'acme_storage_bucket',
      provider: 'registry.terraform.io/acme/acme',
      decision: 'unreviewed',
      judgedByName: 'holds data (bucket)',
    });
    expect(document.types.find((row) => row.type === 'aws_dax_cluster')).toMatchObject({
      decision: 'none',
      source: 'reviewed',
      reviewedAt: 'hashicorp/aws v6.58.0',
      reason: expect.stringContaining('write-through') as unknown,
    });
    expect(document.types.find((row) => row.type === 'acme_widget')).toMatchObject({
      decision: 'none',
      source: 'stateful-types',
    });
  });

  it('refuses a bad file with one line naming the file and the fix, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-coverage-'));
    const notJson = join(dir, 'schema.json');
    writeFileSync(notJson, 'Error: no configuration files');
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ format_version: '1.2', resource_changes: [] }));
    for (const [file, problem] of [
      [join(dir, 'missing.json'), 'cannot read it (no such file)'],
      [notJson, 'not JSON'],
      [plan, 'not provider schemas'],
    ] as const) {
      const { code, stdout, stderr } = await run(['--coverage', file]);
      expect(code, file).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n'), file).toHaveLength(1);
      expect(stderr).toContain(`${file}: ${problem}`);
      expect(stderr).toContain('terraform providers schema -json');
    }
  });
});
