import { describe, expect, it } from 'vitest';
import type { DataOutcome } from '../../../src/assess/finding.js';
import { DESTROY_CASES } from './cases.js';
import { destroyed } from './plans.js';

const SEVERITY: Readonly<Record<DataOutcome, readonly string[]>> = {
  lost: ['critical'],
  survives: ['high'],
  'survives-window': ['high'],
  refused: ['medium'],
  'not-deleted': ['medium'],
};

describe('what a destroy does to the data, per protection attribute', () => {
  it.each(DESTROY_CASES.map((c) => [`${c.type} ${JSON.stringify(c.before)}`, c] as const))(
    '%s',
    (_name, c) => {
      const finding = destroyed(c.type, c.before);
      expect(finding.outcome, c.source).toBe(c.outcome);
      expect(finding.recoverability, c.source).toContain(c.says);
      const base = [
        'aws_cloudwatch_log_group',
        'kubernetes_stateful_set',
        'kubernetes_stateful_set_v1',
      ];
      if (!base.includes(c.type)) expect(SEVERITY[c.outcome]).toContain(finding.severity);
      if (c.outcome === 'lost') {
        expect(finding.recoverability).not.toMatch(
          /recoverable|will be taken|the apply will fail|survives/u,
        );
        expect(finding.requiresApproval).toBe(true);
      } else {
        expect(finding.recoverability).not.toMatch(/unrecoverable|^lost/u);
      }
      expect(finding.recoverability).not.toContain('`');
    },
  );
});
