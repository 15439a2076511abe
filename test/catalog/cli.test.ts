import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { catalogCommand } from '../../src/cli/catalog.js';
import type { CliIo } from '../../src/cli/io.js';
import { allBuiltInEntries, providerOf } from '../../src/catalog/index.js';

const ENTRIES = allBuiltInEntries();
const AWS_COUNT = ENTRIES.filter((entry) => providerOf(entry.type) === 'aws').length;

async function run(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from([]),
    cwd: process.cwd(),
  };
  const code = await catalogCommand(args, io);
  return { code, stdout, stderr };
}

describe('destroy-guard catalog', () => {
  it('prints an aligned table with counts per provider', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^TYPE\s+PROVIDER\s+CATEGORY\s+SEVERITY\s+BACKUP\s+PROTECTIONS$/u);
    const dbInstance = lines.find((line) => line.startsWith('aws_db_instance '));
    expect(dbInstance).toMatch(
      /aws_db_instance\s+aws\s+relational-database\s+critical\s+-\s+deletion_protection=false, /u,
    );
    expect(dbInstance).toContain('final_snapshot_identifier,');
    // Columns line up: PROVIDER starts at the same offset on every table row.
    const offset = lines[0]?.indexOf('PROVIDER');
    expect(lines.find((line) => line.startsWith('azurerm_key_vault '))?.indexOf(' azurerm ')).toBe(
      (offset ?? 0) - 1,
    );
    expect(stdout).toContain('Resource types per provider:');
    expect(stdout).toMatch(new RegExp(`\\n  aws\\s+${AWS_COUNT}\\n`, 'u'));
    expect(stdout).toContain(`  total ${ENTRIES.length}\n`);
  });

  it('prints a versioned JSON document with --json', async () => {
    const { code, stdout } = await run(['--json']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as {
      version: number;
      entries: { type: string; provider: string }[];
    };
    expect(document.version).toBe(1);
    expect(document.entries).toHaveLength(ENTRIES.length);
    expect(document.entries.find((entry) => entry.type === 'aws_kms_key')).toMatchObject({
      provider: 'aws',
      category: 'encryption-key',
      severity: 'critical',
      protections: [
        { path: 'deletion_window_in_days', effect: 'deletion-window-days', default: 30 },
      ],
    });
    expect(Object.keys(document)).toEqual(['version', 'entries']);
  });

  it('applies --stateful-types, showing user types and globs', async () => {
    const { code, stdout } = await run([
      '--json',
      '--stateful-types',
      'aws_sqs_queue=none',
      '--stateful-types',
      'custom_ledger=critical',
      '--stateful-types',
      'mycorp_*',
    ]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as {
      entries: { type: string; category: string; severity: string }[];
      globs: { pattern: string; severity: string }[];
    };
    expect(document.entries.some((entry) => entry.type === 'aws_sqs_queue')).toBe(false);
    expect(document.entries.find((entry) => entry.type === 'custom_ledger')).toMatchObject({
      category: 'other-stateful',
      severity: 'critical',
    });
    expect(document.globs).toEqual([{ pattern: 'mycorp_*', severity: 'high' }]);

    const text = await run(['--stateful-types', 'mycorp_*=low']);
    expect(text.stdout).toContain(
      'Globs from --stateful-types (later lines win):\n  mycorp_*=low\n',
    );
  });

  it('rejects an unknown option with one line on stderr and exit 2', async () => {
    const { code, stdout, stderr } = await run(['--yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'destroy-guard catalog: unknown option --yaml; see destroy-guard catalog --help\n',
    );
  });

  it('rejects positional arguments and a missing option value', async () => {
    const positional = await run(['aws']);
    expect(positional.code).toBe(2);
    expect(positional.stderr.trimEnd().split('\n')).toHaveLength(1);
    const missing = await run(['--stateful-types']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports a bad stateful-types line with exit 2', async () => {
    const { code, stderr } = await run(['--stateful-types', 'aws_db_instance=urgent']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'destroy-guard catalog: stateful-types: "aws_db_instance=urgent" has an unknown severity; use TYPE or TYPE=critical|high|medium|low|none\n',
    );
  });

  it('prints usage with --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Usage: destroy-guard catalog [--json] [--coverage SCHEMA.json] [--stateful-types LINE]...',
    );
  });
});
