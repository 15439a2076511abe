import type { Readable } from 'node:stream';

/** What a command may touch, passed in so commands are testable without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdin: Readable;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** A sub-command: takes its own arguments, returns the exit code (0 ok, 1 findings, 2 usage). */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
