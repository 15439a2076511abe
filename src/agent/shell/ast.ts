/**
 * The shape the shell reader produces: lists of pipelines of commands. Not a full shell: the
 * part of bash's grammar that decides which commands run (see docs/agent-guard.md).
 */

/** One shell word. `text` has quotes removed and escapes decoded; expansions kept as written. */
export interface Word {
  text: string;
  /** False when the word holds an expansion (`$X`, `$(…)`): its value is unknown here. */
  literal: boolean;
  quoted: boolean;
  tilde: boolean;
  /** `<(…)` / `>(…)`: the word is a file name whose contents another command writes. */
  procSubst: boolean;
  /** The lists its `$( )`, backticks and `<( )` run. */
  subs: List[];
}

export interface Redirect {
  readonly op: string;
  readonly target: Word;
}

export interface Heredoc {
  readonly delimiter: string;
  readonly quoted: boolean;
  readonly strip: boolean;
  body: string;
  subs: List[];
}

export interface Command {
  kind: 'simple' | 'subshell';
  readonly words: Word[];
  readonly redirects: Redirect[];
  readonly heredocs: Heredoc[];
  readonly herestrings: Word[];
  list: List | undefined;
}

export interface Pipeline {
  readonly commands: Command[];
}

export interface List {
  readonly items: Pipeline[];
}

/** The command is not shell this reader understands (or not shell at all). */
export class ParseError extends Error {
  override readonly name = 'ParseError';
}

/** The reader's cursor over the source, with heredocs waiting for the next newline. */
export interface Cursor {
  readonly src: string;
  i: number;
  readonly pending: Heredoc[];
}

export function newWord(): Word {
  return { text: '', literal: true, quoted: false, tilde: false, procSubst: false, subs: [] };
}

/** The character at the cursor plus `ahead`, or '' at the end. */
export function at(p: Cursor, ahead = 0): string {
  return p.src[p.i + ahead] ?? '';
}
