/**
 * The changes of the first `resource_changes` list handed over during the first pass, while
 * their bytes are at hand (StreamOptions.restart in src/plan/stream/reader.ts): each read
 * from what the streaming log noted of it (src/plan/stream/fields.ts), mapped and handed to
 * the sink.
 */
import type { ChangeSink } from '../read.js';
import { toPlanChange } from '../schema.js';
import { readChangeFields, readStreamedFields, type NeedsValues } from './fields.js';
import type { ElementSink } from './ranges.js';
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
  readonly #notes = {
    members: [] as readonly number[],
    memberEnds: [] as readonly number[],
    keys: [] as readonly number[],
    valueEnds: [] as readonly number[],
    base: 0,
  };
  #position = 0;
  #held: { readonly error: unknown } | undefined;

  constructor(displayPath: string, needsValues: NeedsValues, onChange: ChangeSink) {
    this.#displayPath = displayPath;
    this.#needsValues = needsValues;
    this.#onChange = onChange;
  }

  readonly onElement: ElementSink = (buffer, base, log) => {
    if (this.#held !== undefined) return;
    const position = this.#position;
    this.#position += 1;
    const start = log.lastStart - base;
    const end = log.lastEnd - base;
    try {
      const notes = this.#notes;
      notes.members = log.members;
      notes.memberEnds = log.memberEnds;
      notes.keys = log.keys ?? [];
      notes.valueEnds = log.valueEnds;
      notes.base = base;
      let raw: unknown;
      try {
        raw =
          (log.keys === undefined
            ? readChangeFields(buffer, start, end, this.#needsValues)
            : readStreamedFields(buffer, start, end, this.#needsValues, notes)) ??
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
