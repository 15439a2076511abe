/** Where GitHub looks for CODEOWNERS, in order; the first file found is used (docs/github.md "CODEOWNERS"). */
export const CODEOWNERS_LOCATIONS = [
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
] as const;

/** GitHub does not load a CODEOWNERS file of this size or more (docs/github.md "CODEOWNERS"). */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
