import type { Readable } from 'node:stream';

/** What a command may touch, passed in so commands are testable without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Standard output for a large report written in pieces: resolves once the stream takes more,
   * so memory holds one piece, not the report. Bytes are UTF-8. Without it, pieces go to
   * `stdout`, bytes decoded.
   */
  write?(chunk: string | Uint8Array): Promise<void>;
  /** Standard error is a terminal: long work shows how far it has read there. */
  readonly stderrIsTerminal?: boolean;
  readonly stdin: Readable;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** A sub-command: takes its own arguments, returns the exit code (0 ok, 1 findings, 2 usage). */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
