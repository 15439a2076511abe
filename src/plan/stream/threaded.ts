/**
 * The first pass over a plan read in pieces (src/plan/stream/ranges.ts), run in worker
 * threads (src/plan/stream/worker.ts) while this one assesses the changes they have checked:
 * on a plan of many small changes the scan is half the work, and the halves then overlap
 * instead of taking turns (docs/design.md section 10).
 *
 * The head worker reads the file from its start through the same descriptor and hands over
 * batches of whole elements (src/plan/stream/batch.ts), at most MAX_IN_FLIGHT ahead of this
 * thread, so memory stays bounded whatever the plan's size. The tail worker guesses where
 * `prior_state` starts (src/plan/stream/tail.ts) and scans from there at the same time; the
 * head ends its scan there only if a top-level key starts exactly there, and the two indexes
 * are then one. The result is indexDocument's over the whole file, thrown errors included.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SCAN_JOB, type ElementBatch } from './batch.js';
import {
  BrokenDocument,
  type Broken,
  type IndexOptions,
  type ListKey,
  type PlanIndex,
  type ValueRange,
} from './ranges.js';
import { PieceTooLarge } from './window.js';

/** The worker's script beside this bundle's, or undefined when there is none (run from src/). */
export function scanWorkerUrl(): URL | undefined {
  const url = new URL('./scan-worker.cjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * The head worker stopped before its first message (it could not start, or its script did
 * not load): nothing was handed over, and the reader runs the pass in its own thread instead.
 */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';
}

/** What a worker is asked to scan (its workerData). */
export interface ScanJob {
  readonly kind: typeof SCAN_JOB;
  /** `head`: from `start`, handing over the change list; `tail`: from the guess on. */
  readonly role: 'head' | 'tail';
  readonly fd: number;
  readonly start: number;
  readonly size: number;
  readonly readBytes: number;
  readonly wrapped: boolean;
  readonly elementCapacity: number | undefined;
  /** [0]: batches posted and not yet assessed; [1]: 1 once this thread wants no more. */
  readonly flags: Int32Array;
  /** [0]: where the tail worker scans from; -1 while it looks, -2 when it does not. */
  readonly split: BigInt64Array;
  /** The head starts once the tail has guessed (ThreadedOptions.guessFirst). */
  readonly guessFirst: boolean;
}

/** A top-level object as pairs: a `__proto__` member must arrive as the own member it was. */
export type Members = readonly (readonly [string, unknown])[];

/** A worker's last message. */
export type ScanEnd =
  | {
      readonly kind: 'done';
      readonly top: Members;
      readonly lists: Partial<Record<ListKey, ValueRange>>;
      readonly handedOver: boolean;
      readonly handedOff?: PlanIndex['handedOff'];
    }
  | { readonly kind: 'broken'; readonly broken: Omit<Broken, 'top'>; readonly top: Members }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'none' }
  | {
      readonly kind: 'failed';
      readonly name: string;
      readonly message: string;
      readonly code: unknown;
    };

export type ScanMessage =
  | { readonly kind: 'read'; readonly end: number }
  | { readonly kind: 'batch'; readonly batch: ElementBatch }
  | ScanEnd;

export interface ThreadedOptions extends Omit<IndexOptions, 'onElement' | 'onPieceEnd'> {
  /** Told each batch of the first `resource_changes` list's elements (it is then `streamed`). */
  readonly onBatch?: ((batch: ElementBatch) => void) | undefined;
  /**
   * The head waits for the tail's guess before it reads: the tests' way to have the tail read
   * what it guessed even of a small plan, which the head would otherwise reach first.
   */
  readonly guessFirst?: boolean | undefined;
}

/** indexDocument over `[start, size)` of the file open as `fd`, in workers running `script`. */
export async function indexInWorker(
  script: URL,
  fd: number,
  start: number,
  size: number,
  readBytes: number,
  wrapped: boolean,
  options: ThreadedOptions = {},
): Promise<PlanIndex> {
  const { onBatch, onRead } = options;
  const flags = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const split = new BigInt64Array(new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT));
  split[0] = -1n;
  const job = (role: ScanJob['role']): ScanJob => ({
    kind: SCAN_JOB,
    role,
    fd,
    start,
    size,
    readBytes,
    wrapped,
    elementCapacity: options.elementCapacity,
    flags,
    split,
    guessFirst: options.guessFirst === true,
  });
  // Bytes read by either, told as one count from `start`: the head's only up to where the
  // tail reads on (it reads ahead past it), and never past the end of the file.
  let headEnd = start;
  let tailRead = 0;
  const told = (): void => {
    const from = Number(Atomics.load(split, 0));
    const head = tailRead > 0 && from >= 0 ? Math.min(headEnd, from) : headEnd;
    onRead?.(Math.min(head + tailRead, size));
  };
  const head = run(script, job('head'), (message) => {
    if (message.kind === 'batch') {
      onBatch?.(message.batch);
      Atomics.sub(flags, 0, 1);
      Atomics.notify(flags, 0);
    } else {
      headEnd = message.end;
      told();
    }
  });
  const tail = run(script, job('tail'), (message) => {
    if (message.kind !== 'read') return;
    tailRead = message.end - Number(Atomics.load(split, 0));
    told();
  });
  try {
    const first = await head.end;
    if (first.kind !== 'done' || first.handedOff === undefined) return outcome(first, []);
    return outcome(await tail.end, first.top, first);
  } finally {
    // A worker waiting for room wakes and stops; its reads end before the file is closed.
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 0);
    await Promise.all([head.worker.terminate(), tail.worker.terminate()]);
  }
}

interface Running {
  readonly worker: Worker;
  /** Its last message; rejected when it fails or stops without one. */
  readonly end: Promise<ScanEnd>;
}

function run(
  script: URL,
  job: ScanJob,
  onMessage: (message: Exclude<ScanMessage, ScanEnd>) => void,
): Running {
  const worker = new Worker(script, { workerData: job });
  // A worker that stops before it says anything never started: nothing was handed over.
  let heard = false;
  const failed = (error: unknown): Error =>
    heard ? (error as Error) : new WorkerUnavailable(String(error), { cause: error });
  const end = new Promise<ScanEnd>((resolve, reject) => {
    worker.on('message', (message: ScanMessage) => {
      heard = true;
      try {
        if (message.kind === 'batch' || message.kind === 'read') onMessage(message);
        else resolve(message);
      } catch (error) {
        reject(error);
      }
    });
    worker.on('error', (error) => reject(failed(error)));
    worker.on('exit', (code) => {
      reject(failed(new Error(`the plan's first pass stopped before its end (exit code ${code})`)));
    });
  });
  // Awaited only when needed: the head's outcome may make the tail's moot.
  end.catch(() => undefined);
  return { worker, end };
}

/**
 * A worker's last message as indexDocument's result, or its error thrown. `before`: the
 * members the head read before the tail's part; `head`: its index, which this one continues.
 */
function outcome(
  message: ScanEnd,
  before: Members,
  head?: Extract<ScanEnd, { kind: 'done' }>,
): PlanIndex {
  switch (message.kind) {
    case 'done':
      return {
        top: object([...before, ...message.top]),
        lists: { ...head?.lists, ...message.lists },
        handedOver: head?.handedOver ?? message.handedOver,
        ...(head?.handedOff === undefined ? {} : { tailFrom: head.handedOff.at }),
      };
    case 'broken': {
      // A line feed the head saw between tokens counts too (src/plan/stream/errors.ts).
      const sawLineFeed = head?.handedOff?.sawLineFeed === true;
      const { firstLineIsValue } = message.broken;
      throw new BrokenDocument({
        ...message.broken,
        firstLineIsValue: firstLineIsValue && !sawLineFeed,
        top: object([...before, ...message.top]),
      });
    }
    case 'too-large':
      throw new PieceTooLarge();
    case 'none':
      throw new Error('the first pass ended where no scan reads on');
    case 'failed':
      throw Object.assign(new Error(message.message), { name: message.name, code: message.code });
  }
}

/** The members as JSON.parse would hold them: own, in order, `__proto__` included. */
function object(members: Members): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  for (const [key, value] of members) {
    Object.defineProperty(top, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return top;
}
