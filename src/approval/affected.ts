import type { Codeowners } from '../codeowners/index.js';
import type { AffectedPath } from './facts.js';

/** Terraform and OpenTofu configuration files, native and JSON syntax. */
export function isTerraformFile(name: string): boolean {
  return /\.(?:tf|tofu)(?:\.json)?$/u.test(name);
}

/** A file the PR adds or changes (`GET /pulls/{n}/files`); removed files were at base. */
export interface ChangedFile {
  readonly filename: string;
  readonly status: string;
}

export interface ModuleFiles {
  /** Names of the files directly inside the directory at the base commit. */
  readonly atBase: readonly string[];
}

/**
 * The files an approval must cover (docs/approval.md, rule 2): for each risky plan's module
 * directory, every Terraform file directly inside it at the base commit and every one the
 * PR adds or changes there. Nothing else decides: a README the PR touches, a directory
 * pattern, a broader rule over other files. A directory with none is in `empty`: nobody can
 * approve it.
 */
export function affectedPaths(
  moduleDirs: readonly string[],
  listings: ReadonlyMap<string, ModuleFiles>,
  changed: readonly ChangedFile[],
  codeowners: Codeowners,
): { readonly paths: AffectedPath[]; readonly empty: string[] } {
  const paths: AffectedPath[] = [];
  const empty: string[] = [];
  for (const moduleDir of [...new Set(moduleDirs)].sort()) {
    const files = new Set<string>();
    for (const name of listings.get(moduleDir)?.atBase ?? [])
      if (isTerraformFile(name)) files.add(join(moduleDir, name));
    for (const file of changed) {
      if (file.status === 'removed') continue;
      if (directoryOf(file.filename) === moduleDir && isTerraformFile(file.filename))
        files.add(file.filename);
    }
    if (files.size === 0) empty.push(moduleDir);
    for (const path of [...files].sort()) {
      const match = codeowners.ownersOf(path);
      paths.push({
        path,
        moduleDir,
        owners: match.owners,
        ...(match.rule === undefined ? {} : { line: match.rule.line }),
      });
    }
  }
  return { paths, empty };
}

function join(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

function directoryOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '.' : file.slice(0, slash);
}

/** The risky plans' module directories, each once. */
export function riskyModuleDirs(
  findings: readonly { requiresApproval: boolean; moduleDir: string }[],
): string[] {
  return [...new Set(findings.filter((f) => f.requiresApproval).map((f) => f.moduleDir))].sort();
}
