import type { ApprovalRecord } from '../approval/facts.js';

/**
 * The hidden first line of the comment: finds the comment again and carries the approval
 * record between runs. It is trusted only in a comment written by the action's own identity
 * (PRODUCT.md section 4, rule 4), never from anyone else's comment.
 */
const PREFIX = '<!-- destroy-guard';
const FIELD = /\s([a-z]+)=([A-Za-z0-9._-]+)/gu;

export function isValidCommentKey(key: string): boolean {
  return /^[A-Za-z0-9._-]{1,64}$/u.test(key);
}

export function renderMarker(key: string, record: Omit<ApprovalRecord, 'publishedAt'>): string {
  let fields = ` key=${key}`;
  if (record.fingerprint !== undefined) fields += ` fingerprint=${record.fingerprint}`;
  if (record.approved !== undefined) fields += ` approved=${record.approved}`;
  if (record.voidedEvent !== undefined) fields += ` voided=${record.voidedEvent}`;
  return `${PREFIX}${fields} -->`;
}

/** The record in a body, when its first line is this key's marker. */
export function parseMarker(
  body: string,
  key: string,
): Omit<ApprovalRecord, 'publishedAt'> | undefined {
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  if (!firstLine.startsWith(PREFIX) || !firstLine.endsWith('-->')) return undefined;
  const fields = new Map<string, string>();
  for (const match of firstLine.matchAll(FIELD)) {
    if (match[1] !== undefined && match[2] !== undefined) fields.set(match[1], match[2]);
  }
  if (fields.get('key') !== key) return undefined;
  const record: { fingerprint?: string; approved?: string; voidedEvent?: number } = {};
  const fingerprint = fields.get('fingerprint');
  const approved = fields.get('approved');
  const voided = Number(fields.get('voided'));
  if (fingerprint !== undefined) record.fingerprint = fingerprint;
  if (approved !== undefined) record.approved = approved;
  if (Number.isSafeInteger(voided)) record.voidedEvent = voided;
  return record;
}
