export { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES } from './locations.js';
export { formatOwner, parseOwner } from './owners.js';
export type { OwnerParse } from './owners.js';
export { parseCodeowners } from './parse.js';
export { matchesPattern } from './pattern.js';
export type { Codeowners, CodeownersError, CodeownersRule, Owner, OwnerMatch } from './types.js';
