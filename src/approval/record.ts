import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The approval record: the hidden first line of the action's comment. It says which risky
 * set the comment showed and since when, and which set a labeling was accepted for, so a
 * later run can bind a label to what the labeler saw (docs/approval.md, rule 4). It is
 * trusted only under the conditions of `judgeRecordTrust` (src/approval/trust.ts).
 */
export interface ApprovalRecord {
  /** Fingerprint of the risky set the comment showed. */
  readonly fingerprint: string;
  /** Identity digests of that set; absent when they do not fit the record budget. */
  readonly set?: readonly string[];
  /** When the comment first showed this fingerprint (GitHub's clock); absent: the last write. */
  readonly since?: string;
  /** The set a labeling was accepted for. */
  readonly approved?: AcceptedApproval;
  /** A labeling event voided because the risky set changed after it. */
  readonly voidedEvent?: number;
}

export interface AcceptedApproval {
  readonly fingerprint: string;
  readonly set?: readonly string[];
  readonly event: number;
  readonly by: string;
}

/** What a signature binds a record to: another repository, PR or key is another record. */
export interface RecordScope {
  readonly repo: string;
  readonly number: number;
  readonly key: string;
}

const PREFIX = '<!-- destroy-guard';
const SUFFIX = ' -->';
const FIELD = /^([a-z]+)=([A-Za-z0-9._:@[\]-]*)$/u;
const HEX = /^[0-9a-f]+$/u;
/** The record travels inside the 65,536-character comment; the identity list gets this much. */
export const RECORD_SET_BUDGET = 20_000;

export function isValidCommentKey(key: string): boolean {
  return /^[A-Za-z0-9._-]{1,64}$/u.test(key);
}

function fieldsOf(record: ApprovalRecord, key: string): [string, string][] {
  const fields: [string, string][] = [
    ['key', key],
    ['v', '2'],
    ['fp', record.fingerprint],
  ];
  if (record.set !== undefined) fields.push(['set', record.set.join('.')]);
  if (record.since !== undefined) fields.push(['since', record.since]);
  if (record.approved !== undefined) {
    fields.push(['afp', record.approved.fingerprint]);
    if (record.approved.set !== undefined) fields.push(['aset', record.approved.set.join('.')]);
    fields.push(['aevent', String(record.approved.event)], ['aby', record.approved.by]);
  }
  if (record.voidedEvent !== undefined) fields.push(['voided', String(record.voidedEvent)]);
  return fields;
}

function canonical(fields: readonly [string, string][], scope: RecordScope): string {
  return [
    `${scope.repo.toLowerCase()}#${scope.number}`,
    ...fields.map(([k, v]) => `${k}=${v}`),
  ].join('\n');
}

function sign(text: string, secret: string): string {
  return createHmac('sha256', secret).update(text).digest('hex');
}

/** Drops the identity lists when they would crowd the comment: equality of digests remains. */
export function fitRecord(record: ApprovalRecord): ApprovalRecord {
  const size = (record.set?.length ?? 0) * 17 + (record.approved?.set?.length ?? 0) * 17;
  if (size <= RECORD_SET_BUDGET) return record;
  const approved =
    record.approved === undefined
      ? undefined
      : {
          fingerprint: record.approved.fingerprint,
          event: record.approved.event,
          by: record.approved.by,
        };
  return {
    fingerprint: record.fingerprint,
    ...(record.since === undefined ? {} : { since: record.since }),
    ...(approved === undefined ? {} : { approved }),
    ...(record.voidedEvent === undefined ? {} : { voidedEvent: record.voidedEvent }),
  };
}

/** The marker line; signed with `secret` (the `record-key` input) when one is given. */
export function renderRecord(
  record: ApprovalRecord,
  scope: RecordScope,
  secret: string | undefined,
): string {
  const fields = fieldsOf(fitRecord(record), scope.key);
  const signature =
    secret === undefined || secret === '' ? '' : ` sig=${sign(canonical(fields, scope), secret)}`;
  return `${PREFIX} ${fields.map(([k, v]) => `${k}=${v}`).join(' ')}${signature}${SUFFIX}`;
}

export type ParsedRecord =
  | { readonly kind: 'none' }
  | { readonly kind: 'record'; readonly record: ApprovalRecord; readonly signed: SignatureCheck };

export type SignatureCheck = 'valid' | 'invalid' | 'unsigned' | 'not-checked';

/** The record in a body whose first line is this key's marker; `none` otherwise. */
export function parseRecord(
  body: string,
  scope: RecordScope,
  secret: string | undefined,
): ParsedRecord {
  const end = body.indexOf('\n');
  const line = (end === -1 ? body : body.slice(0, end)).replace(/\r$/u, '');
  if (!line.startsWith(`${PREFIX} `) || !line.endsWith(SUFFIX)) return { kind: 'none' };
  const pairs: [string, string][] = [];
  for (const part of line.slice(PREFIX.length + 1, -SUFFIX.length).split(' ')) {
    const match = FIELD.exec(part);
    if (match?.[1] === undefined || match[2] === undefined) return { kind: 'none' };
    pairs.push([match[1], match[2]]);
  }
  const fields = new Map(pairs);
  if (fields.get('key') !== scope.key) return { kind: 'none' };
  const record = recordOf(fields);
  if (record === undefined) return { kind: 'none' };
  const unsigned = pairs.filter(([name]) => name !== 'sig');
  return {
    kind: 'record',
    record,
    signed: checkSignature(fields.get('sig'), unsigned, scope, secret),
  };
}

function checkSignature(
  sig: string | undefined,
  fields: readonly [string, string][],
  scope: RecordScope,
  secret: string | undefined,
): SignatureCheck {
  if (secret === undefined || secret === '') return 'not-checked';
  if (sig === undefined) return 'unsigned';
  const want = Buffer.from(sign(canonical(fields, scope), secret), 'hex');
  const have = HEX.test(sig) ? Buffer.from(sig, 'hex') : Buffer.alloc(0);
  return have.length === want.length && timingSafeEqual(have, want) ? 'valid' : 'invalid';
}

function digests(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  if (text === '') return [];
  const list = text.split('.');
  return list.every((item) => HEX.test(item)) ? list : undefined;
}

function eventId(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function recordOf(fields: ReadonlyMap<string, string>): ApprovalRecord | undefined {
  const fingerprint = fields.get('fp');
  if (fields.get('v') !== '2' || fingerprint === undefined || !HEX.test(fingerprint))
    return undefined;
  const set = digests(fields.get('set'));
  const since = fields.get('since');
  const voided = eventId(fields.get('voided'));
  const afp = fields.get('afp');
  const aevent = eventId(fields.get('aevent'));
  const aby = fields.get('aby');
  const aset = digests(fields.get('aset'));
  const approved =
    afp !== undefined && HEX.test(afp) && aevent !== undefined && aby !== undefined
      ? { fingerprint: afp, event: aevent, by: aby, ...(aset === undefined ? {} : { set: aset }) }
      : undefined;
  return {
    fingerprint,
    ...(set === undefined ? {} : { set }),
    ...(since === undefined || Number.isNaN(Date.parse(since)) ? {} : { since }),
    ...(approved === undefined ? {} : { approved }),
    ...(voided === undefined ? {} : { voidedEvent: voided }),
  };
}
