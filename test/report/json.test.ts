import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { finding, report } from './factory.js';
import { RAW_CONTROL } from './chars.js';
import { expectGolden } from './golden.js';
import { HOSTILE } from './hostile.js';
import { BLOCKED_MIXED } from './scenarios.js';

describe('renderJson', () => {
  it('renders the versioned report (golden)', () => {
    expectGolden('blocked-mixed.json', renderJson(BLOCKED_MIXED));
  });

  it('writes the stable fields in the documented order, 2-space indent, trailing newline', () => {
    const json = renderJson(BLOCKED_MIXED);
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'version',
      'verdict',
      'risk',
      'fingerprint',
      'failOn',
      'plans',
      'findings',
      'unreviewed',
    ]);
    expect(json.startsWith('{\n  "version": 1,\n  "verdict": "blocked",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    const [plan] = parsed.plans as Record<string, unknown>[];
    expect(Object.keys(plan ?? {}).slice(0, 4)).toEqual([
      'path',
      'moduleDir',
      'terraformVersion',
      'counts',
    ]);
    const findings = parsed.findings as Record<string, unknown>[];
    expect(Object.keys(findings[0] ?? {}).slice(0, 10)).toEqual([
      'kind',
      'severity',
      'requiresApproval',
      'plan',
      'address',
      'type',
      'actions',
      'category',
      'reason',
      'recoverability',
    ]);
  });

  it('keeps the key order whatever order the objects were built in', () => {
    const shuffled = Object.fromEntries(
      Object.entries(finding()).reverse(),
    ) as unknown as ReturnType<typeof finding>;
    const json = renderJson(report([shuffled]));
    const [first] = (JSON.parse(json) as { findings: Record<string, unknown>[] }).findings;
    expect(Object.keys(first ?? {})[0]).toBe('kind');
  });

  it('writes the deposed key only when there is one', () => {
    const [plain, deposed] = (
      JSON.parse(renderJson(report([finding(), finding({ deposed: 'abcd1234' })]))) as {
        findings: Record<string, unknown>[];
      }
    ).findings;
    expect(plain).not.toHaveProperty('deposed');
    expect(deposed).toHaveProperty('deposed', 'abcd1234');
  });

  it('round-trips hostile strings exactly while writing invisible characters as \\u escapes', () => {
    const json = renderJson(HOSTILE);
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json).toContain('\\u202egnp.exe');
    const parsed = JSON.parse(json) as { findings: { address: string }[] };
    expect(parsed.findings.map((item) => item.address)).toEqual(
      HOSTILE.findings.map((item) => item.address),
    );
  });
});
