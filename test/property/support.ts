/**
 * Shared by the property tests: running the CLI in-process on bytes written to a scratch
 * directory, and counting how many runs each property made so the lead can quote them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Parameters as FcParameters } from 'fast-check';
import { main } from '../../src/cli/main.js';

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A scratch directory the CLI runs in; `file` is the plan's display path. */
export class Scratch {
  readonly dir: string;
  constructor(prefix: string) {
    this.dir = mkdtempSync(join(tmpdir(), `destroy-guard-${prefix}-`));
  }

  /** Writes `bytes` to `file` and runs `destroy-guard assess file ...args` with cwd = the scratch dir. */
  async assess(bytes: Uint8Array, file: string, args: readonly string[] = []): Promise<CliOutcome> {
    writeFileSync(join(this.dir, file), bytes);
    return runIn(this.dir, ['assess', file, ...args]);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function runIn(
  cwd: string,
  args: readonly string[],
  stdin: Uint8Array = new Uint8Array(),
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: Readable.from([Buffer.from(stdin)]),
    cwd,
  });
  return { code, stdout, stderr };
}

/** Repository-relative file as bytes (tests run from the repository root). */
export function repoBytes(path: string): Buffer {
  return readFileSync(path);
}

/**
 * Run counts per property. Every property is seeded and bounded: `params(name, runs)` returns
 * the fast-check parameters and records the budget; `report()` prints the table.
 */
export class RunLog {
  readonly #rows: { name: string; runs: number; seed: number }[] = [];
  readonly #outcomes = new Map<string, Map<string, number>>();
  constructor(readonly file: string) {}

  /** Counts an outcome (e.g. an exit code) of one run of a property, shown next to its runs. */
  outcome(name: string, what: string | number): void {
    const counts = this.#outcomes.get(name) ?? new Map<string, number>();
    counts.set(String(what), (counts.get(String(what)) ?? 0) + 1);
    this.#outcomes.set(name, counts);
  }

  params<T>(name: string, numRuns: number, seed: number): FcParameters<T> {
    this.#rows.push({ name, runs: numRuns, seed });
    return { numRuns, seed };
  }

  /** For checks that are a fixed enumeration rather than a fast-check property. */
  record(name: string, runs: number): void {
    this.#rows.push({ name, runs, seed: 0 });
  }

  report(): void {
    const total = this.#rows.reduce((sum, row) => sum + row.runs, 0);
    const lines = this.#rows.map((row) => {
      const counts = this.#outcomes.get(row.name);
      const outcomes =
        counts === undefined
          ? ''
          : ` [${[...counts]
              .sort()
              .map(([what, count]) => `${what}: ${count}`)
              .join(', ')}]`;
      return `  ${String(row.runs).padStart(6)} runs  ${row.seed === 0 ? '          ' : `seed ${String(row.seed).padEnd(5)}`}  ${row.name}${outcomes}`;
    });
    console.log(
      `[property runs] ${this.file}: ${this.#rows.length} properties, ${total} runs\n${lines.join('\n')}`,
    );
  }
}
