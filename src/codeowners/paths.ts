/**
 * A repository-relative path as segments. Paths are case-sensitive and compared exactly; a
 * leading `./` or `/` is dropped. A trailing `/` leaves an empty last segment, which marks the
 * path as a directory (`infra/db/` is owned by `/infra/db/`; `infra/db` is not, as GitHub only
 * assigns owners to files and `infra/db` would be a file). Undefined for an empty path.
 */
export function pathSegments(path: string): string[] | undefined {
  const normal = path.replace(/^(?:\.\/|\/)+/u, '');
  return normal === '' ? undefined : normal.split('/');
}
