/** Where GitHub looks for CODEOWNERS, in order; the first file found is used (GITHUB.md). */
export const CODEOWNERS_LOCATIONS = [
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
] as const;

/** GitHub does not load a CODEOWNERS file of this size or more (GITHUB.md). */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
