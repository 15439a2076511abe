import type { Codeowners } from '../codeowners/index.js';
import type { AffectedPath } from './facts.js';

/**
 * The paths an approval must cover (PRODUCT.md section 4, rule 2): for each plan with a
 * finding that requires approval, the PR's changed files inside its module directory, or
 * the directory itself when the PR changes none there (a plan can change without its code
 * changing: provider upgrades, drift, a swapped state).
 */
export function affectedPaths(
  moduleDirs: readonly string[],
  changedFiles: readonly string[],
  codeowners: Codeowners | undefined,
): AffectedPath[] {
  const affected: AffectedPath[] = [];
  for (const moduleDir of [...new Set(moduleDirs)].sort()) {
    const inside = changedFiles.filter((file) => isInside(file, moduleDir));
    // The directory itself, written with a trailing slash so CODEOWNERS directory patterns
    // (`/infra/db/`) apply to it as they would to the files inside.
    for (const path of inside.length > 0 ? inside : [asDirectory(moduleDir)]) {
      const match = codeowners?.ownersOf(path);
      affected.push({
        path,
        moduleDir,
        owners: match?.owners ?? [],
        ...(match?.rule === undefined ? {} : { line: match.rule.line }),
      });
    }
  }
  return affected;
}

function asDirectory(dir: string): string {
  return dir === '.' || dir === '' ? '/' : `${dir.replace(/\/+$/u, '')}/`;
}

function isInside(file: string, dir: string): boolean {
  return dir === '.' || dir === '' || file.startsWith(`${dir.replace(/\/+$/u, '')}/`);
}
