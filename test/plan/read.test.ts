import { readFileSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type * as decodeModule from '../../src/plan/decode.js';
import type { PlanChange } from '../../src/plan/model.js';
import { readPlanBytes, readPlanFile, readStdin } from '../../src/plan/read.js';
import { UserError } from '../../src/util/errors.js';

/** Paths under /fail/ throw the error code named by their file name; everything else is real. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const readFile = (file: unknown, ...rest: unknown[]): Promise<unknown> => {
    if (typeof file === 'string' && file.startsWith('/fail/')) {
      return Promise.reject(
        Object.assign(new Error(`simulated ${file}`), { code: file.slice('/fail/'.length) }),
      );
    }
    return Reflect.apply(actual.readFile, actual, [file, ...rest]) as Promise<unknown>;
  };
  return { ...actual, readFile };
});

/** A decoder that fails as V8 does on text past its string limit (about 512 MB), for bytes starting with NUL NUL. */
vi.mock('../../src/plan/decode.js', async (importOriginal) => {
  const actual = await importOriginal<typeof decodeModule>();
  const decodePlanText: typeof actual.decodePlanText = (bytes) => {
    if (bytes[0] === 0 && bytes[1] === 0) {
      throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), {
        code: 'ERR_STRING_TOO_LONG',
      });
    }
    return actual.decodePlanText(bytes);
  };
  return { ...actual, decodePlanText };
});

const SOURCE = 'test/fixtures/bad-input/source-plan.json';

async function collect(read: (sink: (change: PlanChange) => void) => unknown) {
  const changes: PlanChange[] = [];
  const meta = await read((change) => changes.push(change));
  return { meta, changes };
}

describe('readPlanFile', () => {
  it('reads a real Terraform 1.11 plan: facts and every change, in file order', async () => {
    const { meta, changes } = await collect((sink) => readPlanFile(SOURCE, 'plan.json', sink));
    expect(meta).toStrictEqual({
      formatVersion: '1.2',
      terraformVersion: '1.11.4',
      errored: false,
      complete: true,
      applyable: true,
    });
    expect(
      changes.map((change) => [
        change.address,
        change.actions,
        change.moduleAddress,
        change.providerName,
      ]),
    ).toEqual([
      ['terraform_data.cache[0]', ['no-op'], undefined, 'terraform.io/builtin/terraform'],
      ['terraform_data.cache[1]', ['no-op'], undefined, 'terraform.io/builtin/terraform'],
      ['terraform_data.db', ['update'], undefined, 'terraform.io/builtin/terraform'],
    ]);
    expect(changes[2]).toMatchObject({
      mode: 'managed',
      type: 'terraform_data',
      name: 'db',
      afterUnknown: { output: true },
    });
  });

  it('gives the same result as readPlanBytes', async () => {
    const fromFile = await collect((sink) => readPlanFile(SOURCE, 'plan.json', sink));
    const fromBytes = await collect((sink) =>
      readPlanBytes(readFileSync(SOURCE), 'plan.json', sink),
    );
    expect(fromBytes).toEqual(fromFile);
  });

  it.each([
    [
      'EACCES',
      'cannot be read: permission denied; make the file readable by the user running destroy-guard',
    ],
    [
      'EPERM',
      'cannot be read: permission denied; make the file readable by the user running destroy-guard',
    ],
    ['EIO', 'cannot be read (EIO); check the path and that it is a regular file'],
    [
      'ERR_FS_FILE_TOO_LARGE',
      'is over 2 GB, more than one JavaScript string holds (about 512 MB), which reading it whole needs; split the configuration into smaller root modules, one plan file each',
    ],
  ])('turns %s into one line naming the file', async (code, problem) => {
    await expect(readPlanFile(`/fail/${code}`, 'plans/prod.json', () => undefined)).rejects.toThrow(
      new UserError(`plans/prod.json: ${problem}`),
    );
  });
});

describe('readPlanBytes', () => {
  it('refuses text longer than a JavaScript string with one line', () => {
    const huge = new Uint8Array(3 * 1024 * 1024); // zero-filled: the mocked decoder refuses it
    expect(() => readPlanBytes(huge, 'big.json', () => undefined)).toThrow(
      new UserError(
        'big.json: is 3 MB, more than one JavaScript string holds (about 512 MB), which reading it whole needs; split the configuration into smaller root modules, one plan file each',
      ),
    );
  });
});

describe('readStdin', () => {
  it('returns every chunk, Buffers and strings', async () => {
    const bytes = await readStdin(
      Readable.from([Buffer.from('{"format_'), 'version":', Buffer.from('"1.2"}')]),
    );
    expect(Buffer.from(bytes).toString('utf8')).toBe('{"format_version":"1.2"}');
  });

  it('keeps UTF-16 bytes intact for the decoder', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(readFileSync(SOURCE, 'utf8'), 'utf16le'),
    ]);
    const stream = new PassThrough();
    stream.end(utf16);
    const bytes = await readStdin(stream);
    const { changes } = await collect((sink) => readPlanBytes(bytes, '-', sink));
    expect(changes).toHaveLength(3);
  });

  it('returns nothing for empty input, which the reader then refuses', async () => {
    const bytes = await readStdin(Readable.from([]));
    expect(bytes.length).toBe(0);
    expect(() => readPlanBytes(bytes, '-', () => undefined)).toThrow(
      /^- \(standard input\): is empty: /u,
    );
  });

  it('refuses a terminal instead of waiting for typing', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(readStdin(tty)).rejects.toThrow(
      new UserError(
        '- (standard input): is a terminal, not a pipe; pipe the plan in: `terraform show -json tfplan | destroy-guard assess -`',
      ),
    );
  });

  it('turns a read error into one line', async () => {
    const broken = new Readable({
      read() {
        this.destroy(Object.assign(new Error('boom'), { code: 'EPIPE' }));
      },
    });
    await expect(readStdin(broken)).rejects.toThrow(
      new UserError(
        '- (standard input): cannot be read (EPIPE); pipe the plan in: `terraform show -json tfplan | destroy-guard assess -`',
      ),
    );
  });
});
