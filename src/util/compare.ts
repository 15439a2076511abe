/**
 * Code-unit order, not locale order (`localeCompare`): the same sort on every machine, so
 * reports, fingerprints and listings do not depend on the runner's locale.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
