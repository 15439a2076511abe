import { describe, expect, it } from 'vitest';
import { isValidCommentKey, parseMarker, renderMarker } from '../../src/github/marker.js';

describe('comment marker', () => {
  it('round-trips the approval record', () => {
    const record = { fingerprint: 'a'.repeat(32), approved: 'a'.repeat(32), voidedEvent: 42 };
    const body = `${renderMarker('prod', record)}\n### destroy-guard …`;
    expect(parseMarker(body, 'prod')).toEqual(record);
  });

  it('belongs to one comment key only', () => {
    const body = renderMarker('prod', { fingerprint: 'f' });
    expect(parseMarker(body, 'staging')).toBeUndefined();
    expect(parseMarker(body, 'prod')).toEqual({ fingerprint: 'f' });
  });

  it('is only read from the first line', () => {
    const quoted = `> quoting the bot\n${renderMarker('default', { approved: 'x' })}`;
    expect(parseMarker(quoted, 'default')).toBeUndefined();
  });

  it('accepts only keys that cannot break out of the HTML comment', () => {
    expect(isValidCommentKey('prod-eu_1.a')).toBe(true);
    for (const key of ['', 'a b', 'x-->', 'a=b', 'x'.repeat(65)])
      expect(isValidCommentKey(key)).toBe(false);
  });
});
