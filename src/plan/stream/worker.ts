/**
 * A worker thread of src/plan/stream/threaded.ts: runs the first pass (indexDocument) over the
 * descriptor it is given, from the start (the head) or from where `prior_state` seems to start
 * (the tail), and posts what it finds. Bundled on its own as dist/scan-worker.cjs
 * (scripts/bundle.js).
 */
import { read } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { BatchWriter, SCAN_JOB, Stopped, waitForRoom } from './batch.js';
import { BrokenDocument, indexDocument, type PlanIndex, type ValueRange } from './ranges.js';
import { findTailKey } from './tail.js';
import type { Members, ScanEnd, ScanJob, ScanMessage } from './threaded.js';
import { PieceTooLarge, type PositionalFile } from './window.js';

async function scan(job: ScanJob, port: MessagePort): Promise<void> {
  const post = (message: ScanMessage, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(message, transfer);
  };
  const file = descriptor(job.fd);
  try {
    const index = job.role === 'head' ? await head(job, file, post) : await tail(job, file, post);
    post(index === undefined ? { kind: 'none' } : done(index));
  } catch (error) {
    if (!(error instanceof Stopped)) post(failure(error));
  }
}

type Post = (message: ScanMessage, transfer?: ArrayBuffer[]) => void;

/** From the start, the change list handed over in batches; ends where the tail reads on. */
function head(job: ScanJob, file: PositionalFile, post: Post): Promise<PlanIndex> {
  if (job.guessFirst) Atomics.wait(job.split, 0, -1n);
  const writer = new BatchWriter();
  const handOver = (): void => {
    const batch = writer.take(true);
    if (batch === undefined) return;
    waitForRoom(job.flags);
    post({ kind: 'batch', batch }, [
      batch.bytes.buffer as ArrayBuffer,
      batch.notes.buffer as ArrayBuffer,
    ]);
  };
  return indexDocument(file, job.start, job.readBytes, job.wrapped, {
    elementCapacity: job.elementCapacity,
    onRead: (end) => post({ kind: 'read', end }),
    onElement: writer.onElement,
    onPieceEnd: handOver,
    handOff: () => Number(Atomics.load(job.split, 0)),
  });
}

/** From the guess on, once it is made; undefined when there is none. */
async function tail(
  job: ScanJob,
  file: PositionalFile,
  post: Post,
): Promise<PlanIndex | undefined> {
  const at = await findTailKey(file, job.start, job.size, job.readBytes);
  Atomics.store(job.split, 0, BigInt(at < 0 ? -2 : at));
  Atomics.notify(job.split, 0);
  if (at < 0) return undefined;
  return indexDocument(file, at, job.readBytes, job.wrapped, {
    elementCapacity: job.elementCapacity,
    onRead: (end) => {
      if (Atomics.load(job.flags, 1) === 1) throw new Stopped();
      post({ kind: 'read', end });
    },
    fromKey: true,
  });
}

function done(index: PlanIndex): ScanEnd {
  const lists: Record<string, ValueRange> = {};
  for (const [key, range] of Object.entries(index.lists)) lists[key] = plain(range);
  return {
    kind: 'done',
    top: members(index.top),
    lists,
    handedOver: index.handedOver,
    ...(index.handedOff === undefined ? {} : { handedOff: index.handedOff }),
  };
}

function failure(error: unknown): ScanEnd {
  if (error instanceof BrokenDocument) {
    const { top, ...broken } = error.broken;
    return { kind: 'broken', broken, top: members(top) };
  }
  if (error instanceof PieceTooLarge) return { kind: 'too-large' };
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  return { kind: 'failed', name, message, code: (error as { code?: unknown }).code };
}

/** Positional reads of an open descriptor, shared with the thread that opened it. */
function descriptor(fd: number): PositionalFile {
  return {
    read: (buffer, offset, length, position) =>
      new Promise((resolve, reject) => {
        read(fd, buffer, offset, length, position, (error, bytesRead) => {
          if (error === null) resolve({ bytesRead });
          else reject(error);
        });
      }),
  };
}

/** A range as plain data: the element log's offsets, without the log. */
function plain(range: ValueRange): ValueRange {
  const { elements, ...rest } = range;
  if (elements === undefined) return rest;
  const { starts, ends, keys, keyEnds } = elements;
  return { ...rest, elements: { starts, ends, keys, keyEnds } };
}

function members(top: Readonly<Record<string, unknown>>): Members {
  return Object.keys(top).map((key) => [key, top[key]] as const);
}

// Started by indexInWorker, which says so: never a scan in another thread that imports this.
const job = workerData as Partial<ScanJob> | null;
if (parentPort !== null && job?.kind === SCAN_JOB) void scan(job as ScanJob, parentPort);
