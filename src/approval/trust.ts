import { parseRecord, type ApprovalRecord, type RecordScope } from './record.js';
import { sameLogin } from './accounts.js';

/** A comment as GitHub's GraphQL API describes it, logins in REST form (`x[bot]`). */
export interface CommentFacts {
  readonly id: number;
  readonly nodeId: string;
  readonly url: string;
  readonly body: string;
  readonly author: string | undefined;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Every account that edited it (the last editor and each `userContentEdits` entry). */
  readonly editors: readonly string[];
  /** False when the edit history had more entries than were read. */
  readonly editsComplete: boolean;
}

export type RecordTrust =
  | {
      readonly trusted: true;
      readonly record: ApprovalRecord;
      /** When the comment first showed `record.fingerprint`. */
      readonly shownAt: string;
    }
  | { readonly trusted: false; readonly why: string };

export interface OwnComment {
  readonly comment: CommentFacts;
  readonly trust: RecordTrust;
}

/**
 * The action's comment for this key: the oldest comment by the posting identity whose first
 * line is this key's marker. Anyone with write access can edit any comment and any workflow
 * posts as github-actions[bot] (docs/approval.md, "Trust"): the record counts only when no
 * other account ever edited the comment and, with `record-key`, when its signature verifies.
 */
export function findOwnComment(
  comments: readonly CommentFacts[],
  identity: string,
  scope: RecordScope,
  secret: string | undefined,
): OwnComment | undefined {
  const own = comments
    .filter((comment) => comment.author !== undefined && sameLogin(comment.author, identity))
    .map((comment) => ({ comment, parsed: parseRecord(comment.body, scope, secret) }))
    .filter((entry) => entry.parsed.kind === 'record')
    .sort((a, b) => a.comment.id - b.comment.id);
  const first = own[0];
  if (first === undefined || first.parsed.kind !== 'record') return undefined;
  const { comment, parsed } = first;
  return { comment, trust: judgeTrust(comment, identity, parsed.record, parsed.signed) };
}

function judgeTrust(
  comment: CommentFacts,
  identity: string,
  record: ApprovalRecord,
  signed: 'valid' | 'invalid' | 'unsigned' | 'not-checked',
): RecordTrust {
  const others = [...new Set(comment.editors.filter((editor) => !sameLogin(editor, identity)))];
  if (others.length > 0) {
    return {
      trusted: false,
      why: `the comment was edited by ${others.map((login) => `@${login}`).join(', ')}, so its record of what was shown cannot be trusted`,
    };
  }
  if (!comment.editsComplete) {
    return {
      trusted: false,
      why: 'the comment has more edits than GitHub listed, so who edited it cannot be confirmed',
    };
  }
  if (signed === 'invalid' || signed === 'unsigned') {
    return {
      trusted: false,
      why: `the comment's record is ${signed === 'invalid' ? 'signed with another key' : 'not signed'} (record-key is set), so another workflow may have written it`,
    };
  }
  return { trusted: true, record, shownAt: record.since ?? comment.updatedAt };
}
