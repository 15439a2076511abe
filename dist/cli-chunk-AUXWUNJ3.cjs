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
  PLAN_AND_SHOW: () => PLAN_AND_SHOW,
  REGENERATE: () => REGENERATE,
  SHOW_JSON: () => SHOW_JSON,
  UserError: () => UserError,
  errorCode: () => errorCode,
  errorMessage: () => errorMessage,
  hasPlanKeys: () => hasPlanKeys,
  isRecord: () => isRecord,
  isUiLogLine: () => isUiLogLine,
  kindOf: () => kindOf,
  notAPlan: () => notAPlan,
  planError: () => planError,
  quoteShort: () => quoteShort,
  shellQuote: () => shellQuote
});
module.exports = __toCommonJS(stdin_exports);
var UserError = class extends Error {
  name = "UserError";
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error == "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
function errorCode(error) {
  if (!(typeof error != "object" || error === null || !("code" in error)))
    return typeof error.code == "string" ? error.code : void 0;
}
var SHOW_JSON = "`terraform show -json tfplan > plan.json`", PLAN_AND_SHOW = "`terraform plan -out=tfplan && terraform show -json tfplan > plan.json`", REGENERATE = `regenerate it with ${SHOW_JSON}`;
function planError(displayPath, problem) {
  return new UserError(`${showPath(displayPath)}: ${problem.replace(LINE_BREAKS, " ")}`);
}
var LINE_BREAKS = /[\r\n\u2028\u2029]+/gu, CONTROL = /[\u0000-\u001f\u007f]/gu;
function showPath(displayPath) {
  return displayPath === "-" ? "- (standard input)" : displayPath.replace(
    CONTROL,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function shellQuote(path) {
  return /^[\w./@%+=:,-]+$/u.test(path) ? path : `'${path.replace(/'/gu, "'\\''")}'`;
}
function kindOf(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return value ? "true" : "false";
    default:
      return `a ${typeof value}`;
  }
}
function quoteShort(text, max = 40) {
  let cut = text.length > max ? `${text.slice(0, max)}\u2026` : text;
  return JSON.stringify(cut);
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function isUiLogLine(value) {
  return isRecord(value) && ("@level" in value || "@message" in value);
}
var PLAN_KEYS = [
  "planned_values",
  "resource_changes",
  "deferred_changes",
  "configuration",
  "prior_state",
  "output_changes",
  "resource_drift"
];
function hasPlanKeys(document) {
  return PLAN_KEYS.some((key) => key in document);
}
var NOT_A_PLAN_FIX = `a plan comes from ${PLAN_AND_SHOW}`;
function notAPlan(document, displayPath) {
  if (Array.isArray(document))
    return planError(
      displayPath,
      `is a JSON array, not a plan (plan JSON is an object with format_version); ${NOT_A_PLAN_FIX}`
    );
  if (!isRecord(document))
    return planError(displayPath, `is a JSON ${jsonKind(document)}, not a plan; ${NOT_A_PLAN_FIX}`);
  if ("plan_format_version" in document || "provider_schemas" in document && !("format_version" in document))
    return planError(
      displayPath,
      `is HCP Terraform's redacted plan JSON (plan_format_version, provider_schemas), a different format; run \`terraform show -json\` on the saved plan to get the standard plan JSON: ${SHOW_JSON}`
    );
  if ("serial" in document && "version" in document && ("lineage" in document || "resources" in document))
    return planError(
      displayPath,
      `is a Terraform state file (version, serial, lineage), not a plan; ${NOT_A_PLAN_FIX}`
    );
  if (isUiLogLine(document))
    return planError(
      displayPath,
      `is a line of the machine-readable log of \`terraform plan -json\` (@level/@message), not the plan; ${NOT_A_PLAN_FIX}`
    );
  let byShape = notAPlanByShape(document, displayPath);
  if (byShape !== void 0) return byShape;
  let keys = Object.keys(document);
  if (keys.length === 0)
    return planError(
      displayPath,
      `is an empty JSON object ({}), not a plan: the command that wrote it produced no plan; ${NOT_A_PLAN_FIX}`
    );
  let shown = keys.slice(0, 5).map((key) => quoteShort(key, 30)), more = keys.length > 5 ? `, \u2026 ${keys.length - 5} more` : "";
  return planError(
    displayPath,
    `is not a Terraform plan: it has no format_version (top-level keys: ${shown.join(", ")}${more}); ${NOT_A_PLAN_FIX}`
  );
}
function notAPlanByShape(document, displayPath) {
  let formatVersion = document.format_version;
  if ("values" in document && !hasPlanKeys(document))
    return planError(
      displayPath,
      `is \`terraform show -json\` output for the state (values, no planned_values or resource_changes), not a plan; name the saved plan file: ${SHOW_JSON}`
    );
  if (typeof formatVersion == "string" && "provider_schemas" in document && !hasPlanKeys(document))
    return planError(
      displayPath,
      `is \`terraform providers schema -json\` output, not a plan; ${NOT_A_PLAN_FIX}`
    );
  if (typeof formatVersion == "string" && !hasPlanKeys(document))
    return planError(
      displayPath,
      `has format_version but nothing a plan has (planned_values, resource_changes): \`terraform show -json\` was run without the plan file; name it: ${SHOW_JSON}`
    );
  if (formatVersion !== void 0)
    return planError(
      displayPath,
      `format_version is ${kindOf(formatVersion)}, not a version string as in every plan; this is not a Terraform plan: ${NOT_A_PLAN_FIX}`
    );
}
function jsonKind(value) {
  return value === null ? "null" : typeof value == "boolean" ? "boolean" : typeof value;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PLAN_AND_SHOW,
  REGENERATE,
  SHOW_JSON,
  UserError,
  errorCode,
  errorMessage,
  hasPlanKeys,
  isRecord,
  isUiLogLine,
  kindOf,
  notAPlan,
  planError,
  quoteShort,
  shellQuote
});
