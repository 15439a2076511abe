import { describe, expect, it } from 'vitest';
import { contributorsOf } from '../../src/approval/contributors.js';
import {
  isValidCommentKey,
  parseRecord,
  renderRecord,
  type ApprovalRecord,
} from '../../src/approval/record.js';
import { findOwnComment, type CommentFacts } from '../../src/approval/trust.js';

const scope = { repo: 'acme/infra', number: 7, key: 'default' };
const record: ApprovalRecord = {
  fingerprint: 'a'.repeat(32),
  set: ['1'.repeat(16), '2'.repeat(16)],
  since: '2026-11-20T09:00:00Z',
  approved: { fingerprint: 'b'.repeat(32), set: ['1'.repeat(16)], event: 42, by: 'alice' },
  voidedEvent: 41,
};

function comment(fields: Partial<CommentFacts> = {}): CommentFacts {
  return {
    id: 1,
    nodeId: 'IC_1',
    url: 'https://github.com/acme/infra/pull/7#issuecomment-1',
    body: `${renderRecord(record, scope, undefined)}\n### destroy-guard`,
    author: 'github-actions[bot]',
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:30:00Z',
    editors: [],
    editsComplete: true,
    ...fields,
  };
}

describe('the approval record', () => {
  it('round-trips every field', () => {
    const parsed = parseRecord(renderRecord(record, scope, undefined), scope, undefined);
    expect(parsed).toEqual({ kind: 'record', record, signed: 'not-checked' });
  });

  it('belongs to one comment key and is read from the first line only', () => {
    const line = renderRecord(record, scope, undefined);
    expect(parseRecord(line, { ...scope, key: 'prod' }, undefined).kind).toBe('none');
    expect(parseRecord(`> quoting\n${line}`, scope, undefined).kind).toBe('none');
  });

  it('signs for one repository, pull request and key', () => {
    const line = renderRecord(record, scope, 'secret');
    expect(parseRecord(line, scope, 'secret')).toMatchObject({ signed: 'valid' });
    expect(parseRecord(line, scope, 'other')).toMatchObject({ signed: 'invalid' });
    expect(parseRecord(line, { ...scope, number: 8 }, 'secret')).toMatchObject({
      signed: 'invalid',
    });
    expect(parseRecord(renderRecord(record, scope, undefined), scope, 'secret')).toMatchObject({
      signed: 'unsigned',
    });
    const tampered = line.replace('aby=alice', 'aby=mallory');
    expect(parseRecord(tampered, scope, 'secret')).toMatchObject({ signed: 'invalid' });
  });

  it('drops the identity lists past its budget, keeping the digests', () => {
    const big = {
      ...record,
      set: Array.from({ length: 2000 }, (_, i) => i.toString(16).padStart(16, '0')),
    };
    const parsed = parseRecord(renderRecord(big, scope, undefined), scope, undefined);
    expect(parsed.kind === 'record' ? parsed.record.set : 'none').toBeUndefined();
    expect(parsed.kind === 'record' && parsed.record.fingerprint).toBe(record.fingerprint);
  });

  it('accepts only keys that cannot break out of the HTML comment', () => {
    expect(isValidCommentKey('prod-eu_1.a')).toBe(true);
    for (const key of ['', 'a b', 'x-->', 'a=b', 'x'.repeat(65)])
      expect(isValidCommentKey(key)).toBe(false);
  });
});

describe('trust in the record', () => {
  it('is trusted from the posting identity, never edited by anyone else', () => {
    const own = findOwnComment([comment()], 'github-actions[bot]', scope, undefined);
    expect(own?.trust).toEqual({ trusted: true, record, shownAt: record.since });
    const self = findOwnComment(
      [comment({ editors: ['github-actions[bot]'] })],
      'github-actions[bot]',
      scope,
      undefined,
    );
    expect(self?.trust.trusted).toBe(true);
  });

  it('is not trusted once another account edited it, or its history is cut short', () => {
    const edited = findOwnComment(
      [comment({ editors: ['github-actions[bot]', 'mallory'] })],
      'github-actions[bot]',
      scope,
      undefined,
    );
    expect(edited?.trust).toMatchObject({
      trusted: false,
      why: expect.stringContaining('@mallory'),
    });
    const cut = findOwnComment(
      [comment({ editsComplete: false })],
      'github-actions[bot]',
      scope,
      undefined,
    );
    expect(cut?.trust.trusted).toBe(false);
  });

  it('ignores markers by other accounts, and an App token’s bot is not github-actions', () => {
    expect(
      findOwnComment(
        [comment({ author: 'renovate[bot]' })],
        'github-actions[bot]',
        scope,
        undefined,
      ),
    ).toBeUndefined();
    expect(findOwnComment([comment()], 'infra-guard[bot]', scope, undefined)).toBeUndefined();
  });

  it('with record-key, needs a valid signature', () => {
    const unsigned = findOwnComment([comment()], 'github-actions[bot]', scope, 'secret');
    expect(unsigned?.trust).toMatchObject({
      trusted: false,
      why: expect.stringContaining('not signed'),
    });
    const signed = comment({ body: renderRecord(record, scope, 'secret') });
    expect(findOwnComment([signed], 'github-actions[bot]', scope, 'secret')?.trust.trusted).toBe(
      true,
    );
  });

  it('takes the oldest of several, and the last write as “shown” when no since is recorded', () => {
    const bare: ApprovalRecord = { fingerprint: record.fingerprint, set: record.set ?? [] };
    const older = comment({ id: 1, body: renderRecord(bare, scope, undefined) });
    const own = findOwnComment(
      [comment({ id: 2 }), older],
      'github-actions[bot]',
      scope,
      undefined,
    );
    expect(own?.comment.id).toBe(1);
    expect(own?.trust).toMatchObject({ trusted: true, shownAt: '2026-11-20T09:30:00Z' });
  });
});

describe('contributors (rule 3)', () => {
  const commit = (oid: string, parents: string[], author?: string, committer?: string) => ({
    oid,
    parents,
    author,
    committer,
  });

  it('lists authors and committers; GitHub’s "Update branch" merge makes nobody its author', () => {
    const commits = [
      commit('c1', ['base'], 'dev', 'dev'),
      commit('c2', ['c1'], 'dev', 'carol'),
      commit('c3', ['c2', 'base2'], 'alice', 'web-flow'),
    ];
    expect(contributorsOf(commits, 3, 250)).toEqual({ logins: ['carol', 'dev'], complete: true });
  });

  it('a merge made locally still counts its author (its resolution can change anything)', () => {
    const commits = [
      commit('c1', ['base'], 'dev', 'dev'),
      commit('c2', ['c1', 'base2'], 'alice', 'alice'),
    ];
    expect(contributorsOf(commits, 2, 250).logins).toContain('alice');
  });

  it('is incomplete past the listing cap', () => {
    expect(contributorsOf([commit('c1', ['b'], 'dev', 'dev')], 251, 250).complete).toBe(false);
  });
});
