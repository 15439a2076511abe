/**
 * SHA-256 in hex, with node:crypto loaded on the first digest, not at start-up: loading it costs
 * about 4 ms, a tenth of the CLI's start-up, and a plan with nothing to approve needs no digest
 * but the fingerprint of the empty set (docs/design.md section 10).
 */
import type { Hash } from 'node:crypto';

/** SHA-256 of the empty string: the fingerprint input when nothing requires approval. */
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

let createHash: ((algorithm: 'sha256') => Hash) | undefined;

/** The hex SHA-256 of `text` (UTF-8). */
export function sha256Hex(text: string): string {
  if (text === '') return EMPTY;
  createHash ??= process.getBuiltinModule('node:crypto').createHash;
  return createHash('sha256').update(text).digest('hex');
}
