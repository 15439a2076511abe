import { describe, expect, it } from 'vitest';
import { classifyActions, destroysObject, isForget } from '../../src/plan/actions.js';

describe('classifyActions', () => {
  it.each([
    [['delete'], 'delete'],
    [['delete', 'create'], 'replace-destroy-before-create'],
    [['create', 'delete'], 'replace-create-before-destroy'],
    [['forget'], 'forget'],
    [['create', 'forget'], 'forget'],
    [['forget', 'create'], 'forget'], // OpenTofu 1.12 order
    [['create'], 'create'],
    [['update'], 'update'],
    [['read'], 'read'],
    [['no-op'], 'no-op'],
    [['open'], 'open'],
    [['archive'], 'unknown'],
    [['delete', 'delete'], 'unknown'],
    [[], 'unknown'],
    [['update', 'delete'], 'unknown'],
  ])('%j is %s', (actions, expected) => {
    expect(classifyActions(actions)).toBe(expected);
  });

  it('treats every forget form as not destroying', () => {
    for (const actions of [['forget'], ['create', 'forget'], ['forget', 'create']]) {
      expect(isForget(actions)).toBe(true);
      expect(destroysObject(actions)).toBe(false);
    }
  });
});
