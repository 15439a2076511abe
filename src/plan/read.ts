/**
 * Reads one plan: file or stdin bytes → decoded text → JSON.parse → top-level facts → each
 * change, validated and mapped one element at a time and handed to a sink. The sink shape lets
 * a streaming reader (plans larger than a JS string, docs/plan-format.md "Size") share
 * toPlanMeta/toPlanChange/toDeferredChange and produce identical results.
 *
 * Every bad input becomes a one-line UserError that starts with the display path (docs/design.md
 * section 9). When one is thrown after changes were handed over, the plan must be discarded.
 */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { errorCode, type UserError } from '../util/errors.js';
import { decodePlanText, type DecodedText } from './decode.js';
import { SHOW_JSON, planError, shellQuote } from './messages.js';
import type { PlanChange, PlanMeta } from './model.js';
import { isRecord } from './recognise.js';
import { worded } from './shape-error.js';
import { changeList, toDeferredChange, toPlanChange, toPlanMeta } from './schema.js';
import { explainUnparsable } from './unparsable.js';

export type ChangeSink = (change: PlanChange) => void;

/** Reads, decodes and validates one plan; calls onChange for each resource change (then each deferred change) in file order; returns plan-level facts. Throws UserError for every bad input. */
export async function readPlanFile(
  filePath: string,
  displayPath: string,
  onChange: ChangeSink,
): Promise<PlanMeta> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw fileError(error, displayPath);
  }
  try {
    return readPlanBytes(bytes, displayPath, onChange);
  } catch (error) {
    throw await worded(error);
  }
}

export function readPlanBytes(
  bytes: Uint8Array,
  displayPath: string,
  onChange: ChangeSink,
): PlanMeta {
  return emitPlan(parsePlanBytes(bytes, displayPath), displayPath, onChange);
}

/**
 * Bytes → the JSON document, or the one-line UserError naming what the bytes are instead (empty,
 * a zip, the wrapper alone, text that is not JSON). src/plan/open.ts names the start of a file
 * too large to read whole with it.
 */
export function parsePlanBytes(bytes: Uint8Array, displayPath: string): unknown {
  if (bytes.length === 0) throw emptyError(displayPath, 'is empty');
  if (isZip(bytes)) throw zipError(bytes, displayPath);
  const decoded = decode(bytes, displayPath);
  if (!/\S/u.test(decoded.text)) {
    throw decoded.unwrapped
      ? planError(
          displayPath,
          `holds only the setup-terraform wrapper's lines, no JSON: the wrapped command printed nothing; write the plan with ${SHOW_JSON}`,
        )
      : emptyError(displayPath, 'holds only whitespace');
  }
  try {
    const document: unknown = JSON.parse(decoded.text);
    return document;
  } catch (error) {
    throw explainUnparsable(decoded, error, displayPath);
  }
}

/** A parsed document: validate the top level first, so a non-plan emits nothing, then each change. */
export function emitPlan(document: unknown, displayPath: string, onChange: ChangeSink): PlanMeta {
  const meta = toPlanMeta(document, displayPath);
  if (!isRecord(document)) return meta; // toPlanMeta refuses non-objects; this narrows the type
  const changes = changeList(document, 'resource_changes', displayPath);
  const deferred = changeList(document, 'deferred_changes', displayPath);
  for (let index = 0; index < changes.length; index += 1) {
    onChange(toPlanChange(changes[index], displayPath, index));
  }
  for (let index = 0; index < deferred.length; index += 1) {
    onChange(toDeferredChange(deferred[index], displayPath, index));
  }
  return meta;
}

/** Standard input, whole (src/plan/stdin.ts reads a plan piped in, of any size). */
export async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdinChunks(stream)) chunks.push(chunk);
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
}

const PIPE_IT_IN = 'pipe the plan in: `terraform show -json tfplan | destroy-guard assess -`';

/** The chunks of standard input as Buffers; a terminal or a read error is a one-line UserError. */
export async function* stdinChunks(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  if ('isTTY' in stream && stream.isTTY === true) {
    throw planError('-', `is a terminal, not a pipe; ${PIPE_IT_IN}`);
  }
  try {
    for await (const chunk of stream)
      yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  } catch (error) {
    throw planError('-', `cannot be read (${errorCode(error) ?? 'read error'}); ${PIPE_IT_IN}`);
  }
}

function decode(bytes: Uint8Array, displayPath: string): DecodedText {
  try {
    return decodePlanText(bytes);
  } catch (error) {
    // V8 strings stop near 512 MB (docs/plan-format.md "Size"); such plans need the streaming reader.
    if (errorCode(error) === 'ERR_STRING_TOO_LONG') {
      throw tooLarge(`${Math.round(bytes.length / (1024 * 1024))} MB`, displayPath);
    }
    throw error;
  }
}

function emptyError(displayPath: string, what: string): UserError {
  return planError(
    displayPath,
    `${what}: the command that wrote it printed nothing (did \`terraform show -json\` fail, or run before the plan existed?); write the plan with ${SHOW_JSON}`,
  );
}

function tooLarge(size: string, displayPath: string): UserError {
  return planError(
    displayPath,
    `is ${size}, more than one JavaScript string holds (about 512 MB), which reading it whole needs; split the configuration into smaller root modules, one plan file each`,
  );
}

function fileError(error: unknown, displayPath: string): UserError {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return planError(
        displayPath,
        `no such file; check the path, and that the step writing it (${SHOW_JSON}, or the artifact download) ran first`,
      );
    case 'EISDIR':
      return planError(
        displayPath,
        `is a directory, not a plan file; name the plan JSON inside it, or a glob such as ${displayPath.replace(/\/+$/u, '')}/**/plan.json`,
      );
    case 'EACCES':
    case 'EPERM':
      return planError(
        displayPath,
        'cannot be read: permission denied; make the file readable by the user running destroy-guard',
      );
    case 'ERR_FS_FILE_TOO_LARGE':
      return tooLarge('over 2 GB', displayPath);
    default:
      return planError(
        displayPath,
        `cannot be read (${code ?? 'unknown error'}); check the path and that it is a regular file`,
      );
  }
}

/** Zip local-file-header signature: `terraform plan -out` writes a zip archive. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A saved plan's zip holds `tfplan`, `tfstate`, `tfstate-prev` and `tfconfig/…`; any other zip
 * is most likely a downloaded artifact archive.
 */
function zipError(bytes: Uint8Array, displayPath: string): UserError {
  const command = `\`terraform show -json ${shellQuote(displayPath === '-' ? 'tfplan' : displayPath)} > ${outputName(displayPath)}\``;
  const name = firstZipEntry(bytes);
  if (
    name !== undefined &&
    (/^tf(?:plan|state|state-prev)$/u.test(name) || name.startsWith('tfconfig/'))
  ) {
    return planError(
      displayPath,
      `is a binary plan file (\`terraform plan -out\`), not JSON; convert it where \`terraform init\` ran: ${command}`,
    );
  }
  return planError(
    displayPath,
    `is a zip archive, not plan JSON; if it is a downloaded artifact, unzip it and pass the plan JSON inside; if it is a saved plan: ${command}`,
  );
}

/** Where the converted JSON goes: never the input itself (`terraform plan -out=plan.json` happens). */
function outputName(displayPath: string): string {
  return /(?:^|\/)plan\.json$/u.test(displayPath) ? 'plan.show.json' : 'plan.json';
}

function firstZipEntry(bytes: Uint8Array): string | undefined {
  // Local file header: the name length is at offset 26, the name at 30.
  const lengthLow = bytes[26];
  const lengthHigh = bytes[27];
  if (lengthLow === undefined || lengthHigh === undefined) return undefined;
  const length = lengthLow + lengthHigh * 256;
  if (bytes.length < 30 + length) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset + 30, length).toString('latin1');
}
