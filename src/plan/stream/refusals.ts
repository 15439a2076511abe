/**
 * The refusals of a change list read in pieces that are not broken JSON: an element too large
 * for one string, a file that changed between the passes; worded alike whichever pass meets
 * them (src/plan/stream/reader.ts, src/plan/stream/early.ts).
 */
import { constants } from 'node:buffer';
import { errorCode, type UserError } from '../../util/errors.js';
import { SHOW_JSON, planError } from '../messages.js';
import type { ListKey } from './ranges.js';

/** Why reading an element's fields or parsing it failed, worded alike in either pass. */
export function unreadable(
  error: unknown,
  key: ListKey,
  position: number,
  displayPath: string,
): UserError {
  if (isStringTooLong(error)) return tooLarge(`${key}[${position}]`, displayPath);
  return changedWhileRead(displayPath);
}

function isStringTooLong(error: unknown): boolean {
  return errorCode(error) === 'ERR_STRING_TOO_LONG';
}

export function tooLarge(what: string, displayPath: string): UserError {
  const megabytes = Math.round(constants.MAX_STRING_LENGTH / (1024 * 1024));
  return planError(
    displayPath,
    `${what} alone is larger than one JavaScript string holds (about ${megabytes} MB), so it cannot be read; split the configuration into smaller root modules, one plan file each`,
  );
}

/** The second pass found other bytes than the first validated. */
export function changedWhileRead(displayPath: string): UserError {
  return planError(
    displayPath,
    `changed while it was being read; write the plan file completely before destroy-guard reads it: ${SHOW_JSON}`,
  );
}
