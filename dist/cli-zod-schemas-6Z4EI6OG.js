import {
  array,
  boolean,
  number,
  object,
  string,
  union,
  unknown
} from "./cli-chunk-BPXPTR6U.js";
import {
  REGENERATE,
  isRecord,
  kindOf,
  planError,
  quoteShort
} from "./cli-chunk-5Q42OCQ6.js";
import "./cli-chunk-7R6SXTXY.js";

// src/plan/zod-schemas.ts
function buildSchemas() {
  let optionalString = string().nullish(), optionalBoolean = boolean().nullish(), opaque = unknown().optional(), change = object({
    address: string().min(1),
    // Absent at the root module.
    module_address: optionalString,
    // `managed`, `data`, OpenTofu 1.11+ `ephemeral`; every known version writes it, but a
    // missing one must not make the engine skip the change (it assesses `managed` only), so it
    // is lenient.
    mode: optionalString,
    type: string().min(1),
    name: optionalString,
    provider_name: optionalString,
    // Opaque key of a deposed object: the same address twice (docs/plan-format.md "Traps").
    deposed: optionalString,
    // The raw key (number or string); the engine reads addresses, so it is not validated.
    index: opaque,
    // Display hint only; unknown values mean "unspecified" (docs/plan-format.md "action_reason").
    action_reason: optionalString,
    // Terraform 1.1+: the address a `moved` block brought it from.
    previous_address: optionalString,
    change: object({
      // The one field every decision rests on (docs/plan-format.md "actions"): unknown words
      // pass through, but it must be a non-empty list of words.
      actions: array(string()).min(1),
      before: opaque,
      after: opaque,
      after_unknown: opaque,
      before_sensitive: opaque,
      after_sensitive: opaque,
      // Terraform 1.0+: attribute paths forcing a replacement.
      replace_paths: array(array(union([string(), number()]))).nullish()
    })
  }), deferred = object({
    reason: string(),
    resource_change: unknown().optional()
  }), top = object({
    format_version: string(),
    terraform_version: optionalString,
    errored: optionalBoolean,
    complete: optionalBoolean,
    applyable: optionalBoolean
  });
  return { change, deferred, top };
}
var schemas;
function planSchemas() {
  return schemas ??= buildSchemas(), schemas;
}
function wordShape(error) {
  let parsed = planSchemas()[error.shape].safeParse(error.raw);
  return parsed.success ? error : invalid(parsed.error, error.raw, error.where, error.displayPath);
}
function invalid(error, raw, where, displayPath) {
  let issue = error.issues[0], path = issue?.path ?? [], field = formatPath(where, path), actual = kindOf(valueAt(raw, path)), address = isRecord(raw) && typeof raw.address == "string" && raw.address !== "" && path[0] !== "address" ? ` (address ${quoteShort(String(raw.address), 120)})` : "", problem = issue === void 0 ? "is invalid" : describeIssue(issue, actual);
  return planError(
    displayPath,
    `${field}${address} ${problem}; the file is not plan JSON as Terraform writes it: ${REGENERATE}`
  );
}
function describeIssue(issue, actual) {
  switch (issue.code) {
    case "invalid_type":
      return `is ${actual}, expected ${article(issue.expected)}`;
    case "invalid_union":
      return `is ${actual}, expected a string or a number`;
    case "too_small":
      return issue.origin === "array" ? "is an empty array, expected at least one entry" : "is empty";
    default:
      return "is invalid";
  }
}
function article(expected) {
  switch (expected) {
    case "boolean":
      return "true or false";
    case "array":
    case "object":
      return `an ${expected}`;
    default:
      return `a ${expected}`;
  }
}
function formatPath(where, path) {
  let text = where;
  for (let key of path)
    typeof key == "number" ? text += `[${key}]` : text += text === "" ? String(key) : `.${String(key)}`;
  return text === "" ? "the document" : text;
}
function valueAt(raw, path) {
  let current = raw;
  for (let key of path) {
    if (typeof current != "object" || current === null) return;
    current = Reflect.get(current, key);
  }
  return current;
}
export {
  planSchemas,
  wordShape
};
