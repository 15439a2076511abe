/**
 * The changes of the first `resource_changes` list handed over during the first pass, while
 * their bytes are at hand (StreamOptions.restart in src/plan/stream/reader.ts): each read
 * from what the streaming log noted of it (src/plan/stream/fields.ts), mapped and handed to
 * the sink.
 */
import type { ChangeSink } from '../read.js';
import { toPlanChange } from '../schema.js';
import type { Buffer } from 'node:buffer';
import { readBatch, type ElementBatch } from './batch.js';
import { readChangeFields, readStreamedFields, type NeedsValues } from './fields.js';
import { unreadable } from './refusals.js';

/**
 * The changes of the first `resource_changes` list, handed over during the first pass
 * (StreamOptions.restart). The first error is held, and the changes after it skipped, until
 * the second pass would have come to it.
 */
export class EarlyChanges {
  readonly #displayPath: string;
  readonly #needsValues: NeedsValues;
  readonly #onChange: ChangeSink;
  #position = 0;
  #held: { readonly error: unknown } | undefined;

  constructor(displayPath: string, needsValues: NeedsValues, onChange: ChangeSink) {
    this.#displayPath = displayPath;
    this.#needsValues = needsValues;
    this.#onChange = onChange;
  }

  /** A run of elements the first pass has checked (src/plan/stream/batch.ts), in order. */
  readonly onBatch = (batch: ElementBatch): void => {
    if (this.#held === undefined) readBatch(batch, this.#read);
  };

  readonly #read = (
    buffer: Buffer,
    start: number,
    end: number,
    notes: Int32Array,
    at: number,
  ): void => {
    if (this.#held !== undefined) return;
    const position = this.#position;
    this.#position += 1;
    try {
      let raw: unknown;
      try {
        raw =
          (at < 0
            ? readChangeFields(buffer, start, end, this.#needsValues)
            : readStreamedFields(buffer, start, end, this.#needsValues, notes, at)) ??
          JSON.parse(buffer.toString('utf8', start, end));
      } catch (error) {
        throw unreadable(error, 'resource_changes', position, this.#displayPath);
      }
      this.#onChange(toPlanChange(raw, this.#displayPath, position));
    } catch (error) {
      this.#held = { error };
    }
  };

  throwHeld(): void {
    if (this.#held !== undefined) throw this.#held.error;
  }
}
