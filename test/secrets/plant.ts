/**
 * Plants distinctive values into every place a plan holds data (PLAN-FORMAT.md "Traps":
 * secrets are plaintext in before/after, variables, output_changes, prior_state, and the
 * sensitive marks are only a minimum), so a test can search every output for them.
 *
 * Where: every string and number leaf of a change's `before`/`after` that is not one of the
 * catalog's protection paths for its type; protection paths too, but then marked sensitive in
 * `before_sensitive`/`after_sensitive` (the one exception to "no value is ever printed" is a
 * protection attribute that is NOT marked sensitive, PRODUCT.md section 1); root `variables`,
 * `output_changes`, `prior_state` and `planned_values` values, `configuration` constant values
 * and variable defaults, `resource_drift`, import ids, generated config, identities and check
 * messages. Never into keys, addresses, types, actions, reasons or deposed keys: those are
 * structure, and reports legitimately name them.
 */
import { buildCatalog } from '../../src/catalog/index.js';

/** Every planted string starts with this; it occurs in no real plan, so any hit is a leak. */
export const MARK = 'Zq7SECRET';

/** Deterministic: the same plan gets the same values on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Planter {
  readonly strings: string[] = [];
  readonly numbers: number[] = [];
  readonly #random: () => number;
  #count = 0;

  constructor(seed: number) {
    this.#random = mulberry32(seed);
  }

  string(): string {
    this.#count += 1;
    const hex = Math.floor(this.#random() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
    const value = `${MARK}-${this.#count}-${hex}`;
    this.strings.push(value);
    return value;
  }

  /** Ten digits no count, size or version in a report has; printed as `String(n)`. */
  number(): number {
    this.#count += 1;
    const value = 7_300_000_000 + this.#count * 7_919 + Math.floor(this.#random() * 1_000);
    this.numbers.push(value);
    return value;
  }

  /** A distinctive number below `than`, for a protection that must shrink (a recovery window). */
  numberBelow(than: number): number {
    const value = than - 1_000_003;
    this.numbers.push(value);
    return value;
  }

  get total(): number {
    return this.strings.length + this.numbers.length;
  }

  /** The texts that must not appear: each string, and each number as digits or grouped. */
  needles(): string[] {
    const numbers = this.numbers.flatMap((n) => [String(n), n.toLocaleString('en-US')]);
    return [MARK, ...numbers];
  }
}

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces every string and number leaf, except where `keep(path)` says so. */
export function plantLeaves(
  value: unknown,
  planter: Planter,
  keep: (path: Path, leaf: unknown) => boolean = () => false,
  path: Path = [],
): unknown {
  if (typeof value === 'string') return keep(path, value) ? value : planter.string();
  if (typeof value === 'number') return keep(path, value) ? value : planter.number();
  if (Array.isArray(value))
    return value.map((item, index) => plantLeaves(item, planter, keep, [...path, index]));
  if (isObject(value)) {
    const out: Json = {};
    for (const [key, item] of Object.entries(value))
      out[key] = plantLeaves(item, planter, keep, [...path, key]);
    return out;
  }
  return value;
}

/**
 * Terraform's sensitivity marks: a `true` at any level marks everything below it (the marks
 * mirror the value; a bare `true`/`false` can stand for a whole object, PLAN-FORMAT.md).
 */
export function isMarked(marks: unknown, path: Path): boolean {
  let current = marks;
  for (const segment of path) {
    if (current === true) return true;
    if (Array.isArray(current))
      current = typeof segment === 'number' ? current[segment] : current[Number(segment)];
    else if (isObject(current)) current = current[String(segment)];
    else return false;
  }
  return current === true;
}

/** Sets `true` at `path` in a marks structure, building what is missing; returns the marks. */
export function markAt(marks: unknown, path: Path): unknown {
  if (path.length === 0 || marks === true) return true;
  const [head, ...rest] = path;
  if (head === undefined) return true;
  if (typeof head === 'number') {
    const list: unknown[] = Array.isArray(marks) ? [...(marks as unknown[])] : [];
    while (list.length <= head) list.push(false);
    list[head] = markAt(list[head], rest);
    return list;
  }
  const object: Json = isObject(marks) ? { ...marks } : {};
  object[head] = markAt(object[head], rest);
  return object;
}

const CATALOG = buildCatalog();

function protectionPaths(type: string): Set<string> {
  return new Set(CATALOG.protectionsFor(type).map((protection) => protection.path));
}

function joined(path: Path): string {
  return path.map(String).join('.');
}

/** Attributes a change carries at a protection path with a scalar value, marked sensitive. */
export interface SensitiveProtections {
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
}

export function changeKey(address: string, deposed: unknown): string {
  return JSON.stringify([address, typeof deposed === 'string' ? deposed : null]);
}

export interface PlantResult {
  readonly document: Json;
  readonly planter: Planter;
  /** Per change (changeKey): protection attributes whose values are marked sensitive. */
  readonly sensitive: ReadonlyMap<string, SensitiveProtections>;
  /** Protection values planted and marked, for the coverage figures. */
  readonly markedProtections: number;
}

/**
 * Plants one change's `before`/`after`: protection paths get a planted value (strings and
 * numbers) and a sensitive mark (every scalar, booleans included); every other leaf gets a
 * planted value.
 */
function plantChange(
  rc: Json,
  planter: Planter,
  counts: { marked: number },
): SensitiveProtections | undefined {
  const change = rc['change'];
  const type = rc['type'];
  if (!isObject(change) || typeof type !== 'string') return undefined;
  const protections = protectionPaths(type);
  for (const side of ['before', 'after'] as const) {
    const marksKey = `${side}_sensitive` as const;
    let marks = change[marksKey];
    const toMark: Path[] = [];
    change[side] = plantLeaves(change[side], planter, (path) => {
      // A protection path's string or number is planted too, and marked below.
      if (protections.has(joined(path))) toMark.push(path);
      return false;
    });
    // Booleans cannot be made distinctive: they stay, marked, and are checked by name.
    collectScalars(change[side], [], (path) => {
      if (
        protections.has(joined(path)) &&
        !toMark.some((marked) => joined(marked) === joined(path))
      )
        toMark.push(path);
    });
    for (const path of toMark) {
      marks = markAt(marks, path);
      counts.marked += 1;
    }
    if (toMark.length > 0) change[marksKey] = marks;
  }
  for (const key of ['before_identity', 'after_identity'])
    if (key in change) change[key] = plantLeaves(change[key], planter);
  const importing = change['importing'];
  if (isObject(importing)) change['importing'] = plantLeaves(importing, planter);
  if (typeof change['generated_config'] === 'string')
    change['generated_config'] = `resource "x" "y" { password = "${planter.string()}" }`;
  return sensitiveProtectionsOf(rc);
}

/** The protection attributes of one change that hold a scalar and are marked sensitive, per side. */
export function sensitiveProtectionsOf(rc: Json): SensitiveProtections | undefined {
  const change = rc['change'];
  const type = rc['type'];
  if (!isObject(change) || typeof type !== 'string') return undefined;
  const sensitive = { before: new Set<string>(), after: new Set<string>() };
  for (const side of ['before', 'after'] as const) {
    for (const path of protectionPaths(type)) {
      const segments = path.split('.');
      if (scalarAt(change[side], segments) && isMarked(change[`${side}_sensitive`], segments))
        sensitive[side].add(path);
    }
  }
  return sensitive;
}

function changesOf(document: Json): Json[] {
  const changes: Json[] = [];
  const list = document['resource_changes'];
  if (Array.isArray(list)) changes.push(...list.filter(isObject));
  const deferred = document['deferred_changes'];
  if (Array.isArray(deferred)) {
    for (const entry of deferred)
      if (isObject(entry) && isObject(entry['resource_change']))
        changes.push(entry['resource_change']);
  }
  return changes;
}

function addTo(
  map: Map<string, SensitiveProtections>,
  rc: Json,
  marks: SensitiveProtections | undefined,
): void {
  if (marks === undefined || typeof rc['address'] !== 'string') return;
  const key = changeKey(rc['address'], rc['deposed']);
  const seen = map.get(key);
  // The same address twice (a deposed object, or a malformed plan): either change's marks count.
  map.set(
    key,
    seen === undefined
      ? marks
      : {
          before: new Set([...seen.before, ...marks.before]),
          after: new Set([...seen.after, ...marks.after]),
        },
  );
}

/** Sensitive protection attributes of every change of a plan, by changeKey. */
export function sensitiveMap(document: Json): Map<string, SensitiveProtections> {
  const map = new Map<string, SensitiveProtections>();
  for (const rc of changesOf(document)) addTo(map, rc, sensitiveProtectionsOf(rc));
  return map;
}

function collectScalars(value: unknown, path: Path, visit: (path: Path) => void): void {
  if (Array.isArray(value))
    value.forEach((item, index) => collectScalars(item, [...path, index], visit));
  else if (isObject(value))
    for (const [key, item] of Object.entries(value)) collectScalars(item, [...path, key], visit);
  else if (value !== null && value !== undefined) visit(path);
}

/** Whether a non-null scalar sits at `path`, read as the engine reads protection paths. */
export function scalarAt(root: unknown, path: readonly string[]): boolean {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current))
      current = Number.isInteger(Number(segment)) ? current[Number(segment)] : undefined;
    else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return false;
  }
  return current !== null && current !== undefined && typeof current !== 'object';
}

/** Module trees of planned_values / prior_state.values: resource values and output values. */
function plantModule(module: unknown, planter: Planter): void {
  if (!isObject(module)) return;
  const resources = module['resources'];
  if (Array.isArray(resources)) {
    for (const resource of resources) {
      if (isObject(resource) && 'values' in resource)
        resource['values'] = plantLeaves(resource['values'], planter);
    }
  }
  const children = module['child_modules'];
  if (Array.isArray(children)) for (const child of children) plantModule(child, planter);
}

function plantValuesTree(values: unknown, planter: Planter): void {
  if (!isObject(values)) return;
  const outputs = values['outputs'];
  if (isObject(outputs)) {
    for (const output of Object.values(outputs)) {
      if (isObject(output) && 'value' in output)
        output['value'] = plantLeaves(output['value'], planter);
    }
  }
  plantModule(values['root_module'], planter);
}

/** `constant_value` anywhere in `configuration`, and variable defaults. */
function plantConfiguration(node: unknown, planter: Planter, parentKey: string): void {
  if (Array.isArray(node)) {
    for (const item of node) plantConfiguration(item, planter, parentKey);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'constant_value') node[key] = plantLeaves(value, planter);
    else if (parentKey === 'variables' && isObject(value) && 'default' in value)
      value['default'] = plantLeaves(value['default'], planter);
    else plantConfiguration(value, planter, key);
  }
}

/** `checks[].instances[].problems[].message` can quote values. */
function plantCheckMessages(node: unknown, planter: Planter): void {
  if (Array.isArray(node)) for (const item of node) plantCheckMessages(item, planter);
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'message' && typeof value === 'string') node[key] = planter.string();
      else plantCheckMessages(value, planter);
    }
  }
}

/** Plants a whole plan document (a deep copy; the input is not changed). */
export function plantPlan(input: unknown, seed: number): PlantResult {
  const document = structuredClone(input) as Json;
  const planter = new Planter(seed);
  const sensitive = new Map<string, SensitiveProtections>();
  const counts = { marked: 0 };
  for (const rc of changesOf(document)) addTo(sensitive, rc, plantChange(rc, planter, counts));
  const drift = document['resource_drift'];
  if (Array.isArray(drift)) {
    for (const rc of drift) {
      const change = isObject(rc) ? rc['change'] : undefined;
      if (isObject(change))
        for (const side of ['before', 'after']) change[side] = plantLeaves(change[side], planter);
    }
  }
  const variables = document['variables'];
  if (isObject(variables)) {
    for (const variable of Object.values(variables))
      if (isObject(variable) && 'value' in variable)
        variable['value'] = plantLeaves(variable['value'], planter);
  }
  const outputs = document['output_changes'];
  if (isObject(outputs)) {
    for (const output of Object.values(outputs)) {
      if (isObject(output))
        for (const side of ['before', 'after'])
          if (side in output) output[side] = plantLeaves(output[side], planter);
    }
  }
  plantValuesTree(document['planned_values'], planter);
  const prior = document['prior_state'];
  if (isObject(prior)) plantValuesTree(prior['values'], planter);
  plantConfiguration(document['configuration'], planter, '');
  plantCheckMessages(document['checks'], planter);
  return { document, planter, sensitive, markedProtections: counts.marked };
}
