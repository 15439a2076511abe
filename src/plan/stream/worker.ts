/**
 * The worker thread of src/plan/stream/threaded.ts: runs the first pass (indexDocument) over
 * the descriptor it is given and posts what it finds. Bundled on its own as
 * dist/scan-worker.cjs (scripts/bundle.js).
 */
import { read } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { BatchWriter, SCAN_JOB, Stopped, waitForRoom } from './batch.js';
import { BrokenDocument, indexDocument, type ValueRange } from './ranges.js';
import type { Members, ScanJob, ScanMessage } from './threaded.js';
import { PieceTooLarge, type PositionalFile } from './window.js';

async function scan(job: ScanJob, port: MessagePort): Promise<void> {
  const post = (message: ScanMessage, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(message, transfer);
  };
  const writer = job.stream ? new BatchWriter() : undefined;
  const handOver = (): void => {
    const batch = writer?.take(true);
    if (batch === undefined) return;
    waitForRoom(job.flags);
    post({ kind: 'batch', batch }, [
      batch.bytes.buffer as ArrayBuffer,
      batch.notes.buffer as ArrayBuffer,
    ]);
  };
  try {
    const index = await indexDocument(descriptor(job.fd), job.start, job.readBytes, job.wrapped, {
      elementCapacity: job.elementCapacity,
      onRead: (end) => post({ kind: 'read', end }),
      ...(writer === undefined ? {} : { onElement: writer.onElement, onPieceEnd: handOver }),
    });
    const lists: Record<string, ValueRange> = {};
    for (const [key, range] of Object.entries(index.lists)) lists[key] = plain(range);
    post({ kind: 'done', top: members(index.top), lists, handedOver: index.handedOver });
  } catch (error) {
    if (error instanceof Stopped) return;
    if (error instanceof BrokenDocument) {
      const { top, ...broken } = error.broken;
      post({ kind: 'broken', broken, top: members(top) });
    } else if (error instanceof PieceTooLarge) {
      post({ kind: 'too-large' });
    } else {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      post({ kind: 'failed', name, message, code: (error as { code?: unknown }).code });
    }
  }
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
