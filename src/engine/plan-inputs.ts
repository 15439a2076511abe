/**
 * The `plan` input lines (Action) or PLAN arguments (CLI) → the plan files to read, each with
 * the module directory whose CODEOWNERS approve it (docs/design.md sections 1 and 6).
 *
 * A line is a path, a glob, `-` (standard input, at most once) or `MODULE_DIR=PATH_OR_GLOB`.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import type { PlanSource } from '../plan/model.js';
import { byCodeUnit } from '../util/compare.js';

export interface PlanInput {
  readonly filePath: string | '-';
  readonly source: PlanSource;
}

interface Target {
  /** Absolute path, or `-`. */
  readonly filePath: string;
  readonly displayPath: string;
}

interface Entry extends Target {
  /** From `MODULE_DIR=`, normalised; otherwise derived from the file's directory. */
  moduleDir: string | undefined;
  readonly line: string;
}

/**
 * Resolves every line, in line order; the files a glob matches are sorted. A file matched
 * twice is read once: an explicit `MODULE_DIR=` wins over the default (so a broad glob plus a
 * `MODULE_DIR=` line for one of its files works), two different explicit ones are an error.
 */
export async function resolvePlanInputs(
  lines: readonly string[],
  options: { cwd: string; workspace: string; refuseOutside?: boolean },
): Promise<PlanInput[]> {
  const workspace = path.resolve(options.workspace);
  const cwd = path.resolve(options.cwd);
  const entries = new Map<string, Entry>();
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    const { moduleDir, pattern } = await splitLine(line, cwd);
    const explicitDir =
      moduleDir === undefined ? undefined : normaliseModuleDir(moduleDir, line, workspace);
    if (pattern === '-' && entries.has('-')) {
      throw new UserError(
        `plan: "-" (standard input) is given more than once; standard input holds one plan, pass the others as files`,
      );
    }
    for (const target of await expand(pattern, cwd)) {
      const seen = entries.get(target.filePath);
      if (seen === undefined) {
        entries.set(target.filePath, { ...target, moduleDir: explicitDir, line });
      } else if (explicitDir !== undefined) {
        if (seen.moduleDir !== undefined && seen.moduleDir !== explicitDir) {
          throw new UserError(
            `plan: ${JSON.stringify(target.displayPath)} is given with two module directories (${JSON.stringify(seen.moduleDir)} by ${JSON.stringify(seen.line)}, ${JSON.stringify(explicitDir)} by ${JSON.stringify(line)}); give each plan file one MODULE_DIR`,
          );
        }
        seen.moduleDir = explicitDir;
      }
    }
  }
  if (options.refuseOutside === true) {
    for (const entry of entries.values()) {
      const dir = entry.filePath === '-' ? cwd : path.dirname(entry.filePath);
      if (entry.moduleDir === undefined && isOutside(path.relative(workspace, dir))) {
        throw new UserError(
          `plan: ${JSON.stringify(entry.displayPath)} is outside the repository (${workspace}), so its module directory is unknown and nobody could be asked to approve it; write the line as MODULE_DIR=PATH, e.g. infra/prod=${entry.displayPath}`,
        );
      }
    }
  }
  return [...entries.values()].map((entry) => ({
    filePath: entry.filePath,
    source: {
      path: entry.displayPath,
      // Standard input belongs to the working directory: `terraform show -json tfplan |
      // destroy-guard assess -` runs in the module.
      moduleDir:
        entry.moduleDir ??
        defaultModuleDir(entry.filePath === '-' ? cwd : path.dirname(entry.filePath), workspace),
    },
  }));
}

/**
 * `MODULE_DIR=PATH_OR_GLOB`, split at the first `=`. A path may itself contain `=`
 * (`artifacts/env=prod/plan.json`): when the whole line names an existing file, it is a path.
 */
async function splitLine(
  line: string,
  cwd: string,
): Promise<{ moduleDir: string | undefined; pattern: string }> {
  const equals = line.indexOf('=');
  if (equals < 0 || (await isFile(path.resolve(cwd, line))))
    return { moduleDir: undefined, pattern: line };
  const moduleDir = line.slice(0, equals).trim();
  const pattern = line.slice(equals + 1).trim();
  if (moduleDir === '' || pattern === '') {
    throw new UserError(
      `plan: ${JSON.stringify(line)} is not MODULE_DIR=PATH_OR_GLOB (one side is empty); write e.g. infra/prod=artifacts/prod/plan.json`,
    );
  }
  return { moduleDir, pattern };
}

/** Every character picomatch's scan can read as glob syntax: a pattern without any is a path. */
const MAY_BE_GLOB = /[*?[\]{}()!+@|\\]/u;

async function expand(pattern: string, cwd: string): Promise<Target[]> {
  if (pattern === '-') return [{ filePath: '-', displayPath: '-' }];
  const literal = path.resolve(cwd, pattern);
  // A literal path is read as given (a missing one fails when read, naming the path); so is an
  // existing file whose name happens to contain glob characters (`plans/[prod]/plan.json`).
  // tinyglobby (with picomatch) is loaded only for a pattern that may be a glob: most runs
  // name plain files, and loading it is a noticeable part of start-up (docs/design.md section 10).
  const tiny = MAY_BE_GLOB.test(pattern) ? await import('tinyglobby') : undefined;
  if (tiny === undefined || !tiny.isDynamicPattern(pattern) || (await isFile(literal))) {
    return [{ filePath: literal, displayPath: pattern }];
  }
  // tinyglobby wants `/` even on Windows; `expandDirectories: false` keeps `plans` from
  // meaning `plans/**`. As in a shell, `*` and `**` skip hidden directories (`.terraform/`)
  // unless the pattern names them.
  const matches = await tiny.glob(toPosix(pattern), {
    cwd,
    absolute: true,
    expandDirectories: false,
    onlyFiles: true,
  });
  if (matches.length === 0) {
    throw new UserError(
      `plan: ${JSON.stringify(pattern)} matched no file under ${cwd}; check the path (artifacts are downloaded where actions/download-artifact's path: says)`,
    );
  }
  const absolutePattern = path.isAbsolute(pattern);
  return matches
    .map((match) => {
      const filePath = path.resolve(match);
      return {
        filePath,
        displayPath: absolutePattern ? toPosix(filePath) : toPosix(path.relative(cwd, filePath)),
      };
    })
    .sort((a, b) => byCodeUnit(a.displayPath, b.displayPath));
}

/**
 * `MODULE_DIR` is a directory of the repository, as CODEOWNERS paths are: relative to the
 * repository root (an absolute path inside it is accepted), with or without a trailing slash.
 * One outside the repository could never match a CODEOWNERS rule, so it is refused.
 */
function normaliseModuleDir(moduleDir: string, line: string, workspace: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, moduleDir));
  if (isOutside(relative)) {
    throw new UserError(
      `plan: ${JSON.stringify(line)} names module directory ${JSON.stringify(moduleDir)}, outside the repository (${workspace}); give a directory relative to the repository root`,
    );
  }
  return relative === '' ? '.' : toPosix(relative);
}

/**
 * The directory holding the plan file, relative to the repository root. A plan outside the
 * repository (downloaded to the runner's temp directory, say) tells nothing about which module
 * it belongs to: the Action refuses it (`refuseOutside`, docs/approval.md); the command line,
 * which approves nothing, shows it under `.`.
 */
function defaultModuleDir(directory: string, workspace: string): string {
  const relative = path.relative(workspace, directory);
  if (relative === '' || isOutside(relative)) return '.';
  return toPosix(relative);
}

function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

function toPosix(filePath: string): string {
  return path.sep === '\\' ? filePath.replaceAll('\\', '/') : filePath;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
