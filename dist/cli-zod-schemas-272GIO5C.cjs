var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  planSchemas: () => planSchemas,
  wordShape: () => wordShape
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_F4Q674BA = require("./cli-chunk-F4Q674BA.cjs");
var import_cli_chunk_AUXWUNJ3 = require("./cli-chunk-AUXWUNJ3.cjs");
var import_cli_chunk_6AVPTKLV = require("./cli-chunk-6AVPTKLV.cjs");
function buildSchemas() {
  let optionalString = (0, import_cli_chunk_F4Q674BA.string)().nullish(), optionalBoolean = (0, import_cli_chunk_F4Q674BA.boolean)().nullish(), opaque = (0, import_cli_chunk_F4Q674BA.unknown)().optional(), change = (0, import_cli_chunk_F4Q674BA.object)({
    address: (0, import_cli_chunk_F4Q674BA.string)().min(1),
    // Absent at the root module.
    module_address: optionalString,
    // `managed`, `data`, OpenTofu 1.11+ `ephemeral`; every known version writes it, but a
    // missing one must not make the engine skip the change (it assesses `managed` only), so it
    // is lenient.
    mode: optionalString,
    type: (0, import_cli_chunk_F4Q674BA.string)().min(1),
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
    change: (0, import_cli_chunk_F4Q674BA.object)({
      // The one field every decision rests on (docs/plan-format.md "actions"): unknown words
      // pass through, but it must be a non-empty list of words.
      actions: (0, import_cli_chunk_F4Q674BA.array)((0, import_cli_chunk_F4Q674BA.string)()).min(1),
      before: opaque,
      after: opaque,
      after_unknown: opaque,
      before_sensitive: opaque,
      after_sensitive: opaque,
      // Terraform 1.0+: attribute paths forcing a replacement.
      replace_paths: (0, import_cli_chunk_F4Q674BA.array)((0, import_cli_chunk_F4Q674BA.array)((0, import_cli_chunk_F4Q674BA.union)([(0, import_cli_chunk_F4Q674BA.string)(), (0, import_cli_chunk_F4Q674BA.number)()]))).nullish()
    })
  }), deferred = (0, import_cli_chunk_F4Q674BA.object)({
    reason: (0, import_cli_chunk_F4Q674BA.string)(),
    resource_change: (0, import_cli_chunk_F4Q674BA.unknown)().optional()
  }), top = (0, import_cli_chunk_F4Q674BA.object)({
    format_version: (0, import_cli_chunk_F4Q674BA.string)(),
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
  let issue = error.issues[0], path = issue?.path ?? [], field = formatPath(where, path), actual = (0, import_cli_chunk_AUXWUNJ3.kindOf)(valueAt(raw, path)), address = (0, import_cli_chunk_AUXWUNJ3.isRecord)(raw) && typeof raw.address == "string" && raw.address !== "" && path[0] !== "address" ? ` (address ${(0, import_cli_chunk_AUXWUNJ3.quoteShort)(String(raw.address), 120)})` : "", problem = issue === void 0 ? "is invalid" : describeIssue(issue, actual);
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `${field}${address} ${problem}; the file is not plan JSON as Terraform writes it: ${import_cli_chunk_AUXWUNJ3.REGENERATE}`
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  planSchemas,
  wordShape
});
