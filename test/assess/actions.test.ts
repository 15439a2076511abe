import { describe, expect, it } from 'vitest';
import {
  classifyActions,
  destroysObject,
  isCreateBeforeDestroy,
  isDelete,
  isDestroyBeforeCreate,
  isForget,
} from '../../src/plan/actions.js';

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

describe('classifyActions, written out by hand', () => {
  it('agrees with the named predicates on every list of up to three words', () => {
    const words = ['delete', 'create', 'update', 'read', 'no-op', 'forget', 'open', 'x', ''];
    const lists: string[][] = [[]];
    for (const a of words) {
      lists.push([a]);
      for (const b of words) {
        lists.push([a, b]);
        for (const c of words) lists.push([a, b, c]);
      }
    }
    const single = (actions: readonly string[], word: string): boolean =>
      actions.length === 1 && actions[0] === word;
    for (const actions of lists) {
      const expected = isDelete(actions)
        ? 'delete'
        : isDestroyBeforeCreate(actions)
          ? 'replace-destroy-before-create'
          : isCreateBeforeDestroy(actions)
            ? 'replace-create-before-destroy'
            : isForget(actions)
              ? 'forget'
              : (['create', 'update', 'read', 'no-op', 'open'].find((word) =>
                  single(actions, word),
                ) ?? 'unknown');
      expect(classifyActions(actions)).toBe(expected);
    }
  });
});
