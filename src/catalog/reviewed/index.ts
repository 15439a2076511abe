import { AWS_REVIEWED } from './aws.js';
import type { ReviewedList } from './format.js';

export type { ReviewedList } from './format.js';
export { findReviewedDecision, parseReviewedList } from './parse.js';
export type { ParsedList, ReviewedDecision } from './parse.js';

/** Every provider's reviewed decision list, one per provider. */
export const REVIEWED_LISTS: readonly ReviewedList[] = [AWS_REVIEWED];
