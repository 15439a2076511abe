/**
 * Long reads say how far they have come: a plan of a gigabyte takes seconds, and a silent
 * terminal looks hung. Nothing is shown for a short run (under `afterMs`), and nothing at all
 * where the caller has no one watching (piped output): the caller decides, this only paces.
 */

/** How far the reader has come in one plan (src/plan/stream/reader.ts `ReadProgress`). */
export interface ReadEvent {
  readonly path: string;
  /**
   * `checking`: the first pass over the whole file, which checks the JSON and hands over the
   * changes as it goes (src/plan/stream/early.ts); `assessing`: a second pass over a change list,
   * where the first could not hand them over.
   */
  readonly phase: 'checking' | 'assessing';
  readonly done: number;
  readonly total: number;
}

export interface ProgressOptions {
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  /** Receives each line to show; `final` once, to clear or close what was shown. */
  readonly show: (line: string, final: boolean) => void;
  /** Nothing is shown before this many milliseconds since the reporter was made. */
  readonly afterMs: number;
  /** At most one line per this many milliseconds. */
  readonly everyMs: number;
}

export interface Progress {
  readonly update: (event: ReadEvent) => void;
  /** The work ended: tells `show` once, if anything was shown. */
  readonly finish: () => void;
}

const MB = 1024 * 1024;

/** `plan.json: checking 412 of 968 MB (42%)`. */
export function describeProgress(event: ReadEvent): string {
  const percent = event.total > 0 ? Math.min(100, Math.floor((100 * event.done) / event.total)) : 0;
  const done = Math.round(event.done / MB);
  const total = Math.round(event.total / MB);
  const what = event.phase === 'checking' ? 'reading the plan' : 'assessing the changes';
  return `destroy-guard: ${event.path}: ${what}, ${done} of ${total} MB (${percent}%)`;
}

export function paceProgress(options: ProgressOptions): Progress {
  const started = options.now();
  let shownAt = -Infinity;
  let shown = false;
  let last = '';
  return {
    update(event) {
      const now = options.now();
      if (now - started < options.afterMs || now - shownAt < options.everyMs) return;
      shownAt = now;
      shown = true;
      last = describeProgress(event);
      options.show(last, false);
    },
    finish() {
      if (shown) options.show(last, true);
    },
  };
}
