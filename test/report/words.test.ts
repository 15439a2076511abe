import { describe, expect, it } from 'vitest';
import {
  describeAction,
  describeSubject,
  describeVerdict,
  formatCount,
  plural,
  describeFinding,
  unnamedForcingAttributes,
} from '../../src/report/words.js';
import { finding, report } from './factory.js';

describe('words', () => {
  it('names every action shape from actions, not from the reason', () => {
    const action = (actions: string[], fields = {}) =>
      describeAction(finding({ actions, ...fields }));
    expect(action(['delete'])).toBe('destroy');
    expect(action(['delete'], { deposed: 'ab12' })).toBe('destroy (deposed object)');
    expect(action(['delete', 'create'])).toBe('replace (destroy before create)');
    expect(action(['create', 'delete'])).toBe('replace (create before destroy)');
    expect(action(['update'])).toBe('update');
    expect(action(['forget'])).toBe('forget (removed from state)');
    expect(action(['forget', 'create'])).toBe('forget (removed from state)');
    expect(action(['delete', 'archive'], { kind: 'unknown-action' })).toBe(
      'unknown action (delete, archive)',
    );
    expect(action(['delete'], { kind: 'mass-destroy' })).toBe('mass destroy');
    expect(action([], { kind: 'incomplete-plan' })).toBe('incomplete plan');
  });

  it('counts with thousands separators and plurals', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(50_000)).toBe('50,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(10_000, 'finding')).toBe('10,000 findings');
  });

  it('describes the verdict with the count and the highest severity that requires approval', () => {
    expect(describeVerdict(report([]))).toBe('nothing requires approval');
    expect(describeVerdict(report([finding({ severity: 'high' })]))).toBe(
      '1 finding requires approval (highest severity: high)',
    );
    expect(describeVerdict(report([finding(), finding()], { verdict: 'approved' }))).toBe(
      'a code owner approved the 2 findings that require approval (highest severity: critical)',
    );
  });

  it('summarizes a finding on one line for annotations', () => {
    expect(describeFinding(finding())).toBe(
      'aws_db_instance.orders (aws_db_instance): destroy — destroyed: its resource block is no longer in the configuration; data: lost: no final snapshot (skip_final_snapshot = true)',
    );
    expect(describeFinding(finding({ address: 'a.b["x\ny\u202E"]', type: 'a' }))).toMatch(
      /^a\.b\["x\\u\{A\}y\\u\{202E\}"\] \(a\): destroy — /u,
    );
    expect(describeSubject(finding({ address: '' }))).toBe('the whole plan');
    expect(describeSubject(finding({ deposed: 'ab12' }))).toBe(
      'aws_db_instance.orders (deposed object ab12)',
    );
  });

  it('finds the forcing attributes the reason does not show as code', () => {
    expect(
      unnamedForcingAttributes({
        reasonParts: [
          'replaced (forced by ',
          { code: 'engine' },
          ', ',
          { code: 'tags["a`b"]' },
          ')',
        ],
        forcingAttributes: ['engine', 'tags["a`b"]', 'zone', 'tags["a"]'],
      }),
    ).toEqual(['zone', 'tags["a"]']);
  });
});
