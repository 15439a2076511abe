/**
 * Globs for resource addresses and types, where `*` matches any run of characters (dots
 * included) and `?` one character. Everything else is literal: addresses are full of
 * brackets and quotes (`aws_s3_bucket.logs["a"]`), so `[` is not a character class here.
 */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const char of glob) {
    if (char === '*') source += source.endsWith('.*') ? '' : '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'su');
}

export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** A matcher over several globs; exact names are looked up without a regex. */
export function globMatcher(globs: readonly string[]): (value: string) => boolean {
  const exact = new Set(globs.filter((glob) => !isGlob(glob)));
  const patterns = globs.filter(isGlob).map(globToRegExp);
  return (value) => exact.has(value) || patterns.some((pattern) => pattern.test(value));
}
