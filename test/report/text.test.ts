import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { finding, report } from './factory.js';
import { RAW_CONTROL } from './chars.js';
import { expectGolden } from './golden.js';
import { HOSTILE } from './hostile.js';
import { BLOCKED_MIXED, PASS } from './scenarios.js';

describe('renderText', () => {
  it('renders the blocked mixed report (golden)', () => {
    expectGolden('blocked-mixed.txt', renderText(BLOCKED_MIXED));
  });

  it('renders a pass report (golden)', () => {
    expectGolden('pass.txt', renderText(PASS));
  });

  it('uses no ANSI escapes unless asked to', () => {
    expect(renderText(BLOCKED_MIXED)).not.toContain('\u001B');
    expect(renderText(BLOCKED_MIXED, { color: false })).not.toContain('\u001B');
  });

  it('colours the verdict and severities when asked to', () => {
    const text = renderText(BLOCKED_MIXED, { color: true });
    expect(text.split('\n')[0]).toBe(
      'destroy-guard: \u001B[1;31mBLOCKED\u001B[0m — 8 findings require approval (highest severity: critical)',
    );
    expect(text).toContain('\u001B[1;31mCRITICAL (3)\u001B[0m');
    expect(text).toContain('\u001B[31mHIGH (5)\u001B[0m');
  });

  it('groups approval-requiring findings by severity, with address, type, action, reason and data', () => {
    const text = renderText(
      report([finding({ severity: 'high', address: 'aws_s3_bucket.b' }), finding()]),
    );
    expect(text).toContain(
      [
        'CRITICAL (1)',
        '  aws_db_instance.orders  aws_db_instance (relational database)',
        '    action destroy',
        '    why    destroyed: its resource block is no longer in the configuration',
        '    data   lost: no final snapshot (skip_final_snapshot = true)',
        '',
        'HIGH (1)',
        '  aws_s3_bucket.b',
      ].join('\n'),
    );
  });

  it('never writes a control character from the plan to the terminal', () => {
    const text = renderText(HOSTILE, { color: false });
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('aws_s3_bucket.b["esc\\u{1B}[31mred\\u{9B}"]');
    expect(text).toContain('aws_s3_bucket.b["\\u{202E}gnp.exe"]');
    expect(text).toContain('null_resource.x["| --- |\\u{A}| injected | row |"]');
  });
});
