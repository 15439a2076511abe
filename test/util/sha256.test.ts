import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/util/sha256.js';

describe('sha256Hex', () => {
  it.each(['', 'a', 'aws_db_instance.main\nreplace', 'ünïcode ✓ 😀', 'x'.repeat(100_000)])(
    'matches node:crypto for %#',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    },
  );
});
