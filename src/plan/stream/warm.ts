/**
 * The first pass's scanner (src/plan/stream/scan.ts) shown every kind of JSON once before the
 * plan. V8 optimizes `scan` while it has seen only the first megabytes of a plan; each kind of
 * byte it meets only later (an escape, an exponent, a value split between two reads) throws
 * the optimized code away and runs it in the interpreter until it is hot again: ten times on
 * the bench's plan of many small changes, about a sixth of the first pass over 100 MB
 * (docs/design.md section 10). A small document that holds every kind, scanned whole and in
 * pieces, gives the optimizer the whole picture first; it costs well under a millisecond.
 */
import { Buffer } from 'node:buffer';
import { ElementLog, JsonScanner } from './scan.js';

/**
 * Every state of the scanner, at the depths the plan reader notes (a change list's elements
 * and their members' keys), with each kind of whitespace between tokens.
 */
const SAMPLE = [
  String.raw`{"format_version":"1.2","resource_changes":[{"address":"a.b[\"x\"]","mode":"managed",`,
  String.raw`"change":{"actions":["delete"],"before":{"n":-1.5e+3,"m":0,"z":0.25,"e":1E5,"g":2e-1,`,
  String.raw`"h":-0,"i":120,"t":true,"f":false,"u":null,"s":"\\\/\b\f\n\r\t\u00e9 é",`,
  String.raw`"l":[[],{},[1,{"a":[{"b":{"c":[{"d":1}]}}]}]],"q":"x","o":{"p":[true,false,null,"v",{}]}},`,
  String.raw`"after":null,"after_unknown":{}}} ,`,
  ' \t\r\n',
  String.raw`{ "address" : "c" , "change" : { "actions" : [ "create" ] , "before" : null } }`,
  '\n',
  String.raw`,{"address":"d","change":{}},{}],"deferred_changes":[],`,
  String.raw`"planned_values":{"root_module":{"resources":[{"values":{"k":[1,2],"s":"t"}}]}},`,
  String.raw`"errored":false,"complete":true,"applyable":null,"z":0,"x":-0.5e-2} `,
].join('');

let warmed = false;

/** Scans SAMPLE whole, then in pieces of every few bytes; once a process. */
export function warmScanner(): void {
  if (warmed) return;
  warmed = true;
  const bytes = Buffer.from(SAMPLE, 'utf8');
  // Room for the sentinel, as FileWindow's buffers have.
  const buffer = Buffer.alloc(bytes.length + 1);
  bytes.copy(buffer);
  for (const piece of [bytes.length, 1, 3, 7, 16]) {
    const scanner = new JsonScanner(0);
    for (let end = Math.min(piece, bytes.length); ; end = Math.min(end + piece, bytes.length)) {
      if (!drive(scanner, buffer, end) || end === bytes.length) break;
    }
    scanner.end();
  }
  // The end of a buffer without room for the sentinel.
  const exact = new JsonScanner(0);
  drive(exact, bytes, bytes.length);
}

/**
 * Scans `buffer[… end)` as the plan reader does, the first array streamed and the others
 * noted (src/plan/stream/ranges.ts); false once the document is done.
 */
function drive(scanner: JsonScanner, buffer: Buffer, end: number): boolean {
  for (;;) {
    const stop = scanner.scan(buffer, 0, end);
    if (stop === 'more') return true;
    if (stop === 'done' || stop === 'error') return false;
    if (stop === 'key') {
      scanner.keyStart = -1;
    } else if (stop === 'value' && scanner.valueByte === 0x5b) {
      scanner.elements = new ElementLog(8, scanner.valueStart < FIRST_ARRAY_BEFORE);
    } else if (stop === 'element') {
      scanner.elements?.next();
      scanner.elementStart = -1;
    } else if (stop === 'member') {
      scanner.elements = undefined;
    }
  }
}

/** SAMPLE's first array (`resource_changes`) starts before this offset, the others after. */
const FIRST_ARRAY_BEFORE = 64;
