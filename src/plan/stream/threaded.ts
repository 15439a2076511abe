/**
 * The first pass over a plan read in pieces (src/plan/stream/ranges.ts), run in a thread of
 * its own (src/plan/stream/worker.ts) while this one assesses the changes it has checked: on
 * a plan of many small changes the scan is a third of the work, and the two halves then
 * overlap instead of taking turns (docs/design.md section 10).
 *
 * The worker reads the file through the same descriptor and hands over batches of whole
 * elements (src/plan/stream/batch.ts), at most MAX_IN_FLIGHT ahead of this thread, so memory
 * stays bounded whatever the plan's size; then the index, or why the document is not JSON.
 * The result is indexDocument's, thrown errors included.
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

/** What the worker is asked to scan (its workerData). */
export interface ScanJob {
  readonly kind: typeof SCAN_JOB;
  readonly fd: number;
  readonly start: number;
  readonly readBytes: number;
  readonly wrapped: boolean;
  readonly elementCapacity: number | undefined;
  /** Hand the first `resource_changes` list's elements over as batches. */
  readonly stream: boolean;
  /** [0]: batches posted and not yet assessed; [1]: 1 once this thread wants no more. */
  readonly flags: Int32Array;
}

/** A top-level object as pairs: a `__proto__` member must arrive as the own member it was. */
export type Members = readonly (readonly [string, unknown])[];

export type ScanMessage =
  | { readonly kind: 'read'; readonly end: number }
  | { readonly kind: 'batch'; readonly batch: ElementBatch }
  | {
      readonly kind: 'done';
      readonly top: Members;
      readonly lists: Partial<Record<ListKey, ValueRange>>;
      readonly handedOver: boolean;
    }
  | { readonly kind: 'broken'; readonly broken: Omit<Broken, 'top'>; readonly top: Members }
  | { readonly kind: 'too-large' }
  | {
      readonly kind: 'failed';
      readonly name: string;
      readonly message: string;
      readonly code: unknown;
    };

export interface ThreadedOptions extends Omit<IndexOptions, 'onElement' | 'onPieceEnd'> {
  /** Told each batch of the first `resource_changes` list's elements (it is then `streamed`). */
  readonly onBatch?: ((batch: ElementBatch) => void) | undefined;
}

/** indexDocument over the file open as `fd`, in the worker at `script`. */
export async function indexInWorker(
  script: URL,
  fd: number,
  start: number,
  readBytes: number,
  wrapped: boolean,
  options: ThreadedOptions = {},
): Promise<PlanIndex> {
  const { onBatch, onRead } = options;
  const flags = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const job: ScanJob = {
    kind: SCAN_JOB,
    fd,
    start,
    readBytes,
    wrapped,
    elementCapacity: options.elementCapacity,
    stream: onBatch !== undefined,
    flags,
  };
  const worker = new Worker(script, { workerData: job });
  try {
    return await new Promise<PlanIndex>((resolve, reject) => {
      worker.on('message', (message: ScanMessage) => {
        try {
          if (message.kind === 'batch') {
            onBatch?.(message.batch);
            Atomics.sub(flags, 0, 1);
            Atomics.notify(flags, 0);
          } else if (message.kind === 'read') {
            onRead?.(message.end);
          } else {
            resolve(outcome(message));
          }
        } catch (error) {
          reject(error);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        reject(new Error(`the plan's first pass stopped before its end (exit code ${code})`));
      });
    });
  } finally {
    // A worker waiting for room wakes and stops; its reads end before the file is closed.
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 0);
    await worker.terminate();
  }
}

/** The worker's last message as indexDocument's result, or its error thrown. */
function outcome(message: Exclude<ScanMessage, { kind: 'batch' | 'read' }>): PlanIndex {
  switch (message.kind) {
    case 'done':
      return { top: object(message.top), lists: message.lists, handedOver: message.handedOver };
    case 'broken':
      throw new BrokenDocument({ ...message.broken, top: object(message.top) });
    case 'too-large':
      throw new PieceTooLarge();
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
