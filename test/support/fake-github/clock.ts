/** The fake's notion of "now" for timestamps it writes (created_at, submitted_at, …). */
export type Clock = () => Date;

/** GitHub writes ISO 8601 UTC timestamps to the second: `2026-11-24T10:00:00Z`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

export interface ManualClock {
  readonly now: Clock;
  advance(seconds: number): Date;
  set(at: Date | string): Date;
}

/** A clock that moves only when told: deterministic timestamps for golden files. */
export function createManualClock(start: Date | string = '2026-11-24T10:00:00Z'): ManualClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance(seconds) {
      current = new Date(current.getTime() + seconds * 1000);
      return new Date(current);
    },
    set(at) {
      current = new Date(at);
      return new Date(current);
    },
  };
}
