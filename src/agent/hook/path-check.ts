/**
 * The shim only guards what PATH finds first. A command that puts another directory first, or
 * empties PATH (`env -i`, `sudo`, `command -p`), may reach the real terraform: refused when it
 * changes which file a guarded name finds.
 */
import { GUARDED_PROGRAMS, type Env } from '../judge/program.js';
import type { CommandRecord } from '../shell/commands.js';
import { DEFAULT_PATH, firstOnPath } from '../shim/resolve.js';

/** The PATH the command runs with, or undefined when it holds an expansion this cannot know. */
export function effectivePath(record: CommandRecord, env: Env): string | undefined {
  const assigned = record.env['PATH'];
  if (assigned === undefined) return record.cleared ? DEFAULT_PATH : (env['PATH'] ?? DEFAULT_PATH);
  if (!record.dynamic.has('PATH')) return assigned;
  const expanded = assigned.replace(/\$\{PATH\}|\$PATH\b/g, env['PATH'] ?? '');
  return expanded.includes('$') || expanded.includes('`') ? undefined : expanded;
}

export function pathRefusal(record: CommandRecord, env: Env): string | undefined {
  const changed = record.env['PATH'] !== undefined || record.cleared;
  if (!changed) return undefined;
  const value = effectivePath(record, env);
  if (value === undefined) {
    return 'it sets PATH from an expansion destroy-guard cannot read, which may skip the shim';
  }
  const cwd = record.cwd ?? process.cwd();
  for (const name of GUARDED_PROGRAMS) {
    const before = firstOnPath(name, env['PATH'], cwd);
    const after = firstOnPath(name, value, cwd);
    if (after !== undefined && after !== before) {
      return `it changes PATH so that \`${name}\` is ${after} instead of ${before ?? 'the guarded one'}; keep the destroy-guard shim directory first on PATH`;
    }
  }
  return undefined;
}
