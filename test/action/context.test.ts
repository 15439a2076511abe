import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/context.js';

const dir = mkdtempSync(join(tmpdir(), 'destroy-guard-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repository = { name: 'infra', owner: { login: 'acme' } };
const sha = (c: string) => c.repeat(40);

function contextOf(event: string, payload: unknown) {
  const path = join(dir, `${event}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readRunContext({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path });
}

describe('the run context of a push or merge group', () => {
  it('a push to a branch carries its commit and branch', () => {
    expect(contextOf('push', { ref: 'refs/heads/main', after: sha('a'), repository })).toEqual({
      kind: 'push',
      event: 'push',
      repo: { owner: 'acme', repo: 'infra' },
      sha: sha('a'),
      branch: 'main',
    });
  });

  it('a tag push or a deleted branch has no approval path', () => {
    expect(contextOf('push', { ref: 'refs/tags/v1', after: sha('a'), repository }).kind).toBe(
      'other',
    );
    expect(contextOf('push', { ref: 'refs/heads/x', after: sha('0'), repository }).kind).toBe(
      'other',
    );
  });

  it('a merge group carries its head, base and head ref', () => {
    const group = {
      head_sha: sha('b'),
      head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${sha('c')}`,
      base_sha: sha('d'),
      base_ref: 'refs/heads/main',
    };
    expect(
      contextOf('merge_group', { action: 'checks_requested', merge_group: group, repository }),
    ).toMatchObject({
      kind: 'merge-group',
      group: {
        headSha: sha('b'),
        headRef: group.head_ref,
        baseSha: sha('d'),
        baseRef: 'refs/heads/main',
      },
    });
  });

  it('a payload without what the event needs is a one-line error naming the file', () => {
    expect(() => contextOf('push', { ref: 'refs/heads/main', repository })).toThrow(
      /push\.json: the push event payload has no usable ref and after \(after\)/u,
    );
    expect(() => contextOf('merge_group', { repository })).toThrow(
      /merge_group\.json: the merge_group event payload has no usable merge_group/u,
    );
  });
});
