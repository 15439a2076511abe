import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePlanText, detectEncoding } from '../../src/plan/decode.js';
import type { PlanChange, PlanMeta } from '../../src/plan/model.js';
import { readPlanBytes } from '../../src/plan/read.js';

const SOURCE = readFileSync('test/fixtures/bad-input/source-plan.json');
const TEXT = SOURCE.toString('utf8');
/** `source-plan.json` with a comma removed at character 92, byte 95. */
const BROKEN = readFileSync('test/fixtures/bad-input/missing-comma.json', 'utf8');

function utf16le(text: string, bom: boolean): Buffer {
  return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string, bom: boolean): Buffer {
  return Buffer.concat([
    Buffer.from(bom ? [0xfe, 0xff] : []),
    Buffer.from(text, 'utf16le').swap16(),
  ]);
}

function read(
  bytes: Uint8Array,
  displayPath = 'plan.json',
): { meta: PlanMeta; changes: PlanChange[] } {
  const changes: PlanChange[] = [];
  const meta = readPlanBytes(bytes, displayPath, (change) => changes.push(change));
  return { meta, changes };
}

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

const EXPECTED = read(SOURCE);

describe('encodings', () => {
  it.each([
    ['UTF-8', SOURCE, 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SOURCE]), 'utf-8'],
    ['UTF-16 LE with BOM (PowerShell 5.1 `>`)', utf16le(TEXT, true), 'utf-16le'],
    ['UTF-16 LE without BOM', utf16le(TEXT, false), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be(TEXT, true), 'utf-16be'],
    ['UTF-16 BE without BOM', utf16be(TEXT, false), 'utf-16be'],
  ])('%s decodes to the same plan', (_name, bytes, encoding) => {
    const decoded = decodePlanText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(TEXT);
    expect(decoded.unwrapped).toBe(false);
    expect(read(bytes)).toEqual(EXPECTED);
  });

  it('reads a UTF-16 file whose last byte was cut off as truncated JSON', () => {
    const cut = utf16le(TEXT.trimEnd(), true).subarray(0, -3);
    expect(messageOf(() => read(cut))).toMatch(
      /^plan\.json: invalid JSON: the document ends at byte \d+ before it is complete/u,
    );
  });

  it.each([
    ['UTF-8', Buffer.from(BROKEN), 95],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BROKEN)]), 98],
    ['UTF-16 LE with BOM', utf16le(BROKEN, true), 2 + 2 * 92],
    ['UTF-16 BE without BOM', utf16be(BROKEN, false), 2 * 92],
  ])('gives error offsets in bytes of the file: %s', (_name, bytes, offset) => {
    expect(messageOf(() => read(bytes))).toMatch(
      new RegExp(`^plan\\.json: invalid JSON at byte ${offset}: `, 'u'),
    );
  });

  it('detects the encoding from the BOM or the NUL-byte pattern', () => {
    expect(detectEncoding(Buffer.from('{}'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x7b]))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from([0xff, 0xfe]))).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(Buffer.from([0xfe, 0xff]))).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    });
    expect(detectEncoding(Buffer.from([0x7b, 0x00]))).toEqual({
      encoding: 'utf-16le',
      bomLength: 0,
    });
    expect(detectEncoding(Buffer.from([0x00, 0x7b]))).toEqual({
      encoding: 'utf-16be',
      bomLength: 0,
    });
    expect(detectEncoding(Buffer.from([0x7b]))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(new Uint8Array(0))).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });

  it('decodes a view of a larger buffer without reading outside it', () => {
    const padded = Buffer.concat([Buffer.from('xx'), SOURCE, Buffer.from('yy')]);
    expect(decodePlanText(padded.subarray(2, 2 + SOURCE.length)).text).toBe(TEXT);
  });
});

/** What `terraform show -json tfplan > plan.json` writes under hashicorp/setup-terraform's wrapper. */
function wrapped(json: string, newline = '\n', encoded = '%0A'): string {
  return [
    '[command]/home/runner/work/_temp/3d212771/terraform-bin show -json tfplan',
    `${json}${encoded}`,
    '::debug::Terraform exited with code 0.',
    `::debug::stdout: ${json}${encoded}`,
    '::debug::stderr: ',
    '::debug::exitcode: 0',
    `::set-output name=stdout::${json}${encoded}`,
    '::set-output name=stderr::',
    '::set-output name=exitcode::0',
    '',
  ].join(newline);
}

describe('the setup-terraform wrapper', () => {
  const json = TEXT.trimEnd();

  it.each([
    ['LF and %0A', wrapped(json)],
    ['CRLF and %0D%0A', wrapped(json, '\r\n', '%0D%0A')],
    ['no encoded newline', wrapped(json, '\n', '')],
    ['only the command line', `[command]/usr/bin/tofu-bin show -json tfplan\n${json}\n`],
  ])('keeps only the JSON line: %s', (_name, text) => {
    const decoded = decodePlanText(Buffer.from(text));
    expect(decoded.unwrapped).toBe(true);
    expect(decoded.text).toBe(json);
    expect(read(Buffer.from(text))).toEqual(EXPECTED);
  });

  it('unwraps UTF-16 too', () => {
    expect(read(utf16le(wrapped(json), true))).toEqual(EXPECTED);
  });

  it('gives byte offsets in the wrapped file', () => {
    const text = wrapped(BROKEN.trimEnd());
    const prefix = Buffer.byteLength(text.slice(0, text.indexOf('\n') + 1));
    expect(messageOf(() => read(Buffer.from(text)))).toMatch(
      new RegExp(`^plan\\.json: invalid JSON at byte ${prefix + 95}: `, 'u'),
    );
  });

  it('never unwraps plain JSON, whatever its values hold', () => {
    const plain = '{"format_version":"1.2","note":"[command]\\n::debug::x%0A"}';
    const decoded = decodePlanText(Buffer.from(plain));
    expect(decoded.unwrapped).toBe(false);
    expect(decoded.text).toBe(plain);
  });
});
