/**
 * Primary rate limit, per token, in hourly windows. `x-ratelimit-reset` is compared by clients
 * (plugin-throttling) against their own wall clock, so windows follow `wallClock`, not the
 * fake's timestamp clock.
 */

export interface RateSnapshot {
  readonly limit: number;
  readonly remaining: number;
  readonly used: number;
  /** Epoch seconds. */
  readonly reset: number;
}

interface Window {
  used: number;
  reset: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly wallClock: () => number) {}

  private window(key: string): Window {
    const nowSeconds = Math.floor(this.wallClock() / 1000);
    let window = this.windows.get(key);
    if (window === undefined || nowSeconds >= window.reset) {
      window = { used: 0, reset: nowSeconds + 3600 };
      this.windows.set(key, window);
    }
    return window;
  }

  /** Counts one request; `exhausted` when none was left before it. */
  take(key: string, limit: number): RateSnapshot & { readonly exhausted: boolean } {
    const window = this.window(key);
    const exhausted = window.used >= limit;
    if (!exhausted) window.used += 1;
    return { ...snapshot(window, limit), exhausted };
  }

  peek(key: string, limit: number): RateSnapshot {
    return snapshot(this.window(key), limit);
  }

  clear(): void {
    this.windows.clear();
  }
}

function snapshot(window: Window, limit: number): RateSnapshot {
  return {
    limit,
    used: window.used,
    remaining: Math.max(0, limit - window.used),
    reset: window.reset,
  };
}

export function rateHeaders(snapshot: RateSnapshot): Record<string, string> {
  return {
    'x-ratelimit-limit': String(snapshot.limit),
    'x-ratelimit-remaining': String(snapshot.remaining),
    'x-ratelimit-reset': String(snapshot.reset),
    'x-ratelimit-used': String(snapshot.used),
    'x-ratelimit-resource': 'core',
  };
}
