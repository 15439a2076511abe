const __destroyGuardFileUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var import_cli_chunk_EHXMJ2ZP = require("./cli-chunk-EHXMJ2ZP.cjs");
var import_cli_chunk_AUXWUNJ3 = require("./cli-chunk-AUXWUNJ3.cjs");
var import_cli_chunk_6AVPTKLV = require("./cli-chunk-6AVPTKLV.cjs");
var import_node_module = require("node:module");
var import_node_util = require("node:util");
function describeProgress(event) {
  let percent = event.total > 0 ? Math.min(100, Math.floor(100 * event.done / event.total)) : 0, done = Math.round(event.done / 1048576), total = Math.round(event.total / 1048576), what = event.phase === "checking" ? "reading the plan" : "assessing the changes";
  return `destroy-guard: ${event.path}: ${what}, ${done} of ${total} MB (${percent}%)`;
}
function paceProgress(options) {
  let started = options.now(), shownAt = -1 / 0, shown = false, last = "";
  return {
    update(event) {
      let now = options.now();
      now - started < options.afterMs || now - shownAt < options.everyMs || (shownAt = now, shown = true, last = describeProgress(event), options.show(last, false));
    },
    finish() {
      shown && options.show(last, true);
    }
  };
}
var INVISIBLE_IN_JSON = /[\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/gu;
function escapeInvisible2(json) {
  return json.replace(
    INVISIBLE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function jsonString(value) {
  let plain = true;
  for (let index = 0; index < value.length; index += 1) {
    let code = value.charCodeAt(index);
    if (code >= 127) return escapeInvisible2(JSON.stringify(value));
    (code < 32 || code === 34 || code === 92) && (plain = false);
  }
  return plain ? `"${value}"` : JSON.stringify(value);
}
var MAX_BYTES_PER_UNIT = 6, encoder = new TextEncoder(), ByteChunks = class {
  #size;
  #bytes;
  #length = 0;
  #ready;
  constructor(size) {
    this.#size = size, this.#bytes = new Uint8Array(size);
  }
  /** The piece that filled up, once: take it after every write. */
  take() {
    let ready = this.#ready;
    return this.#ready = void 0, ready;
  }
  /** Whatever is written and not yet taken, as one last piece. */
  rest() {
    return this.#bytes.subarray(0, this.#length);
  }
  text(text) {
    this.bytes(encoder.encode(text));
  }
  bytes(bytes) {
    this.#room(bytes.length).set(bytes, this.#length), this.#length += bytes.length;
  }
  /**
   * `head`, the address as a JSON string, then `tail`, in one piece. Printable ASCII (the
   * common address) is copied as it is checked; anything else is written as jsonString writes it.
   */
  field(head, address, tail) {
    let count = address.length, bytes = this.#room(head.length + MAX_BYTES_PER_UNIT * count + 2 + tail.length);
    bytes.set(head, this.#length);
    let at = this.#length + head.length, start = at;
    bytes[at++] = 34;
    let index = 0;
    for (; index < count; index += 1) {
      let code = address.charCodeAt(index);
      if (code < 32 || code >= 127) break;
      (code === 34 || code === 92) && (bytes[at++] = 92), bytes[at++] = code;
    }
    index === count ? bytes[at++] = 34 : at = start + encoder.encodeInto(jsonString(address), bytes.subarray(start)).written, bytes.set(tail, at), this.#length = at + tail.length;
  }
  /** The current piece, with `count` bytes free after what is written. */
  #room(count) {
    return this.#length + count <= this.#bytes.length ? this.#bytes : (this.#length > 0 && (this.#ready = this.#bytes.subarray(0, this.#length)), this.#bytes = new Uint8Array(Math.max(this.#size, count)), this.#length = 0, this.#bytes);
  }
}, MEMO_LIMIT = 1e4, TAILS_KEPT = 4, FindingWriter = class {
  #strings = /* @__PURE__ */ new Map();
  #lists = /* @__PURE__ */ new WeakMap();
  /**
   * The finding before and its text up to the address's value: sorted findings come in runs
   * of one kind and plan.
   */
  #last;
  #head = new Uint8Array();
  /** The latest texts after the address, most recent first, with a finding each was made for. */
  #tails = [];
  write(finding, out) {
    let last = this.#last;
    (last === void 0 || last.kind !== finding.kind || last.severity !== finding.severity || last.requiresApproval !== finding.requiresApproval || last.plan !== finding.plan) && (this.#head = encoder.encode(this.#headOf(finding))), this.#last = finding;
    let head = last === void 0 ? this.#head.subarray(1) : this.#head;
    out.field(head, finding.address, this.#tail(finding));
  }
  #tail(finding) {
    let tails = this.#tails;
    if (finding.deposed === void 0)
      for (let index = 0; index < tails.length; index += 1) {
        let tail = tails[index];
        if (sameTail(tail.finding, finding))
          return index > 0 && (tails.splice(index, 1), tails.unshift(tail)), tail.bytes;
      }
    let bytes = encoder.encode(this.#tailOf(finding));
    return finding.deposed === void 0 && (tails.unshift({ finding, bytes }), tails.length > TAILS_KEPT && tails.pop()), bytes;
  }
  /** Up to the address's value. */
  #headOf(finding) {
    let at = `
      `;
    return `,
    {${at}"kind": ${this.#repeated(finding.kind)},${at}"severity": ${this.#repeated(finding.severity)},${at}"requiresApproval": ${String(finding.requiresApproval)},${at}"plan": ${this.#repeated(finding.plan)},${at}"address": `;
  }
  /** After the address's value. */
  #tailOf(finding) {
    let at = `
      `, text = `,${at}"type": ${this.#repeated(finding.type)},${at}"actions": ${this.#list(finding.actions)},${at}"category": ${this.#repeated(finding.category)},${at}"reason": ${this.#repeated(finding.reason)},${at}"recoverability": ${this.#repeated(finding.recoverability)},`;
    return finding.outcome !== void 0 && (text += `${at}"outcome": ${this.#repeated(finding.outcome)},`), text += `${at}"moduleDir": ${this.#repeated(finding.moduleDir)},`, finding.deposed !== void 0 && (text += `${at}"deposed": ${jsonString(finding.deposed)},`), text += `${at}"forcingAttributes": ${this.#list(finding.forcingAttributes)},${at}"protections": ${this.#list(finding.protections)}
    }`, text;
  }
  #repeated(value) {
    let json = this.#strings.get(value);
    return json === void 0 && (this.#strings.size === MEMO_LIMIT && this.#strings.clear(), json = jsonString(value), this.#strings.set(value, json)), json;
  }
  /** A list of strings or protections, at the depth of a finding's field. */
  #list(list) {
    if (list.length === 0) return "[]";
    let json = this.#lists.get(list);
    return json === void 0 && (json = escapeInvisible2(
      JSON.stringify(
        list.map((item) => typeof item == "string" ? item : protectionJson(item)),
        null,
        2
      ).replaceAll(`
`, `
      `)
    ), this.#lists.set(list, json)), json;
  }
};
function sameTail(a, b) {
  return a.type === b.type && a.actions === b.actions && a.category === b.category && a.reason === b.reason && a.recoverability === b.recoverability && a.outcome === b.outcome && a.moduleDir === b.moduleDir && a.forcingAttributes === b.forcingAttributes && a.protections === b.protections && a.deposed === void 0 && b.deposed === void 0;
}
function protectionJson(protection) {
  return {
    attribute: protection.attribute,
    ..."before" in protection ? { before: protection.before } : {},
    ..."after" in protection ? { after: protection.after } : {}
  };
}
function countsJson(counts) {
  return {
    create: counts.create,
    update: counts.update,
    delete: counts.delete,
    replace: counts.replace,
    forget: counts.forget,
    read: counts.read,
    noOp: counts.noOp,
    unknown: counts.unknown,
    deferred: counts.deferred
  };
}
function planJson(plan) {
  return {
    path: plan.path,
    moduleDir: plan.moduleDir,
    terraformVersion: plan.terraformVersion,
    counts: countsJson(plan.counts),
    formatVersion: plan.formatVersion,
    errored: plan.errored,
    complete: plan.complete
  };
}
var CHUNK_BYTES = 65536;
function* renderJsonBytes(report) {
  let head = JSON.stringify(
    {
      version: report.version,
      verdict: report.verdict,
      risk: report.risk,
      fingerprint: report.fingerprint,
      failOn: report.failOn,
      plans: report.plans.map(planJson),
      findings: [],
      unreviewed: { count: report.unreviewedTypes.length, types: report.unreviewedTypes }
    },
    null,
    2
  ), out = new ByteChunks(CHUNK_BYTES), { findings } = report;
  if (findings.length === 0) {
    out.text(escapeInvisible2(`${head}
`)), yield out.rest();
    return;
  }
  let marker = `
  "findings": [`, at = head.indexOf(marker) + marker.length, tail = head.slice(at + 1);
  out.text(escapeInvisible2(head.slice(0, at)));
  let writer = new FindingWriter();
  for (let finding of findings) {
    writer.write(finding, out);
    let piece2 = out.take();
    piece2 !== void 0 && (yield piece2);
  }
  out.text(escapeInvisible2(`
  ]${tail}
`));
  let piece = out.take();
  piece !== void 0 && (yield piece), yield out.rest();
}
function utf16Length(text) {
  return text.length;
}
function fitRows(rows, available, omission, measure) {
  let lines = [], used = 0;
  for (let index = 0; index < rows.count; index += 1) {
    let line = rows.render(index), size = measure(line), left = rows.count - index - 1, note = left === 0 ? 0 : measure(omission(left));
    if (used + size + note > available) break;
    lines.push(line), used += size;
  }
  let shown = lines.length;
  if (shown < rows.count) {
    let note = omission(rows.count - shown);
    lines.push(note), used += measure(note);
  }
  return { lines, shown, size: used };
}
function rowsOf(items, render2) {
  return {
    count: items.length,
    render: (index) => {
      let item = items[index];
      return item === void 0 ? "" : render2(item);
    }
  };
}
function piecesOf(parts) {
  return parts.map(
    (part) => typeof part == "string" ? { code: false, text: part } : { code: true, text: part.code }
  );
}
function truncate(pieces, maxChars) {
  let kept = [], left = maxChars;
  for (let piece of pieces) {
    if (piece.text.length <= left) {
      kept.push(piece), left -= piece.text.length;
      continue;
    }
    let cut = piece.text.slice(0, Math.max(left, 0));
    /[\uD800-\uDBFF]$/u.test(cut) && (cut = cut.slice(0, -1)), cut !== "" && kept.push({ code: piece.code, text: cut }), kept.push({ code: false, text: "\u2026" });
    break;
  }
  return kept;
}
function partsToMarkdown(parts, context, maxChars) {
  let pieces = piecesOf(parts);
  maxChars !== void 0 && (0, import_cli_chunk_EHXMJ2ZP.plainText)(parts).length > maxChars && (pieces = truncate(pieces, maxChars));
  let out = "";
  for (let piece of pieces)
    out += piece.code ? (0, import_cli_chunk_EHXMJ2ZP.codeSpan)(piece.text, context) : (0, import_cli_chunk_EHXMJ2ZP.escapeText)(piece.text);
  return out;
}
function codePartsOf(parts) {
  return parts.flatMap((part) => typeof part == "string" ? [] : [part.code]);
}
function describeAction(finding) {
  let actions = finding.actions;
  switch (finding.kind) {
    case "mass-destroy":
      return "mass destroy";
    case "incomplete-plan":
      return "incomplete plan";
    case "unknown-action":
      return `unknown action (${actions.length === 0 ? "none" : actions.join(", ")})`;
    default:
      break;
  }
  return (0, import_cli_chunk_EHXMJ2ZP.isDelete)(actions) ? finding.deposed === void 0 ? "destroy" : "destroy (deposed object)" : (0, import_cli_chunk_EHXMJ2ZP.isDestroyBeforeCreate)(actions) ? "replace (destroy before create)" : (0, import_cli_chunk_EHXMJ2ZP.isCreateBeforeDestroy)(actions) ? "replace (create before destroy)" : (0, import_cli_chunk_EHXMJ2ZP.isForget)(actions) ? "forget (removed from state)" : actions.length === 0 ? "no change" : actions.join(", ");
}
var CATEGORY_WORDS = {
  "relational-database": "relational database",
  "nosql-database": "NoSQL database",
  "object-storage": "object storage",
  "block-storage": "block storage",
  "file-storage": "file storage",
  cache: "cache",
  "queue-stream": "queue or stream",
  "search-analytics": "search or analytics",
  "data-warehouse": "data warehouse",
  "encryption-key": "encryption key",
  secret: "secret",
  "dns-zone": "DNS zone",
  "identity-directory": "identity directory",
  backup: "backup",
  log: "logs",
  "container-registry": "container registry",
  "source-repository": "source repository",
  "kubernetes-volume": "Kubernetes volume",
  "kubernetes-namespace": "Kubernetes namespace",
  "monitoring-state": "monitoring state",
  certificate: "certificate",
  "ml-model": "machine-learning model",
  domain: "registered domain",
  workstation: "workstation",
  "config-store": "configuration store",
  "other-stateful": "stateful resource"
};
function describeCategory(category) {
  return category === "" ? "" : CATEGORY_WORDS[category];
}
function formatCount(count) {
  return String(count).replace(/\B(?=(\d{3})+$)/gu, ",");
}
function plural(count, one, many = `${one}s`) {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
function describeUnreviewed(count) {
  return `${plural(count, "destroyed resource type is", "destroyed resource types are")} not in destroy-guard's catalog and ${count === 1 ? "was" : "were"} judged by name; classify ${count === 1 ? "it" : "them"} with stateful-types`;
}
function requiringApproval(findings) {
  return findings.filter((finding) => finding.requiresApproval);
}
function highestSeverity(findings) {
  let highest;
  for (let finding of findings)
    (highest === void 0 || (0, import_cli_chunk_EHXMJ2ZP.severityRank)(finding.severity) > (0, import_cli_chunk_EHXMJ2ZP.severityRank)(highest)) && (highest = finding.severity);
  return highest;
}
function describeVerdict(report, risky = requiringApproval(report.findings)) {
  let count = risky.length, highest = highestSeverity(risky), severity = highest === void 0 ? "" : ` (highest severity: ${highest})`;
  switch (report.verdict) {
    case "pass":
      return "nothing requires approval";
    case "approved":
      return `a code owner approved the ${plural(count, "finding")} that ${count === 1 ? "requires" : "require"} approval${severity}`;
    case "blocked":
      return `${plural(count, "finding")} ${count === 1 ? "requires" : "require"} approval${severity}`;
  }
}
function describeSubject(finding) {
  return finding.address === "" ? "the whole plan" : finding.deposed === void 0 ? finding.address : `${finding.address} (deposed object ${finding.deposed})`;
}
function unnamedForcingAttributes(finding) {
  if (finding.forcingAttributes.length === 0) return [];
  let named = new Set(codePartsOf(finding.reasonParts));
  return finding.forcingAttributes.filter((attribute) => !named.has(attribute));
}
var STATUS_ICONS = {
  approved: "\u2705",
  missing: "\u23F3",
  refused: "\u26D4",
  stale: "\u267B\uFE0F",
  unavailable: "\u26A0\uFE0F"
};
function renderApprovalNote(note, limits, pointer, heading) {
  let out = [
    `${heading} Approval

`,
    `${STATUS_ICONS[note.status]} **${(0, import_cli_chunk_EHXMJ2ZP.markdownLine)(note.summary)}**

`
  ];
  if (note.details.length > 0) {
    for (let detail of note.details.slice(0, limits.details))
      out.push(`- ${(0, import_cli_chunk_EHXMJ2ZP.markdownLine)(detail)}
`);
    let more2 = note.details.length - limits.details;
    more2 > 0 && out.push(`- \u2026 and ${formatCount(more2)} more: see ${pointer}
`), out.push(`
`);
  }
  if (note.status === "approved") return out.join("");
  let shown = note.approvers.slice(0, limits.approvers).map((approver) => (0, import_cli_chunk_EHXMJ2ZP.codeSpan)(approver)), more = note.approvers.length - shown.length, approvers = shown.length === 0 ? "nobody yet: no code owner covers the affected paths" : `${shown.join(", ")}${more > 0 ? ` and ${formatCount(more)} more (see ${pointer})` : ""}`;
  return out.push(`**Who can approve:** ${approvers}

`), note.howTo !== "" && out.push(`**How:** ${(0, import_cli_chunk_EHXMJ2ZP.markdownLine)(note.howTo)}

`), out.join("");
}
var SHORT_CELL_CHARS = 90, SHORT_FORCING = 3, SEVERITY_ICONS = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
function severityBadge(severity) {
  return `${SEVERITY_ICONS[severity]}&nbsp;${severity}`;
}
var NONE = "\u2014";
function row(cells) {
  return `| ${cells.join(" | ")} |
`;
}
function header(titles) {
  return row(titles) + row(titles.map(() => "---"));
}
function planContextFor(plans) {
  if (plans.length <= 1) return;
  let seen = /* @__PURE__ */ new Set(), shared = /* @__PURE__ */ new Set();
  for (let plan of plans)
    seen.has(plan.moduleDir) && shared.add(plan.moduleDir), seen.add(plan.moduleDir);
  return { sharedModuleDirs: shared };
}
var FINDING_HEADER = header([
  "Severity",
  "Resource",
  "Action",
  "Why",
  "What happens to the data"
]);
function findingRow(finding, context, length) {
  let limit = length === "short" ? SHORT_CELL_CHARS : void 0;
  return row([
    severityBadge(finding.severity),
    resourceCell(finding, context),
    (0, import_cli_chunk_EHXMJ2ZP.escapeText)(describeAction(finding)),
    whyCell(finding, limit),
    finding.recoverability === "" ? NONE : partsToMarkdown(finding.recoverabilityParts, "table", limit)
  ]);
}
function resourceCell(finding, context) {
  let about = [];
  finding.deposed !== void 0 && about.push(`deposed ${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(finding.deposed, "table")}`), finding.type !== "" && about.push((0, import_cli_chunk_EHXMJ2ZP.codeSpan)(finding.type, "table"));
  let category = describeCategory(finding.category);
  if (category !== "" && about.push((0, import_cli_chunk_EHXMJ2ZP.escapeText)(category)), context !== void 0) {
    let plan = context.sharedModuleDirs.has(finding.moduleDir) ? ` (${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(finding.plan, "table")})` : "";
    about.push(`in ${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(finding.moduleDir, "table")}${plan}`);
  } else finding.address === "" && about.push((0, import_cli_chunk_EHXMJ2ZP.codeSpan)(finding.plan, "table"));
  let subject = finding.address === "" ? "_whole plan_" : (0, import_cli_chunk_EHXMJ2ZP.codeSpan)(finding.address, "table");
  return about.length === 0 ? subject : `${subject}<br>${about.join(" \xB7 ")}`;
}
function whyCell(finding, limit) {
  let reason = finding.reason === "" ? NONE : partsToMarkdown(finding.reasonParts, "table", limit), forcing = unnamedForcingAttributes(finding);
  if (forcing.length === 0) return reason;
  let shown = limit === void 0 ? forcing : forcing.slice(0, SHORT_FORCING), more = forcing.length - shown.length > 0 ? ` and ${formatCount(forcing.length - shown.length)} more` : "";
  return `${reason}<br>forced by ${shown.map((attribute) => (0, import_cli_chunk_EHXMJ2ZP.codeSpan)(attribute, "table")).join(", ")}${more}`;
}
var PLAN_HEADER = header([
  "Root module",
  "Terraform",
  "Changes",
  "Need approval",
  "Notes"
]), COUNT_WORDS = [
  ["create", "create"],
  ["update", "update"],
  ["replace", "replace"],
  ["delete", "destroy"],
  ["forget", "forget"]
];
function planRow(plan, needApproval) {
  let { counts } = plan, changes = COUNT_WORDS.filter(([key]) => counts[key] > 0).map(
    ([key, word]) => `${formatCount(counts[key])} ${word}`
  ), notes = [];
  return plan.errored && notes.push("errored"), plan.complete || notes.push("incomplete"), counts.deferred > 0 && notes.push(`${formatCount(counts.deferred)} deferred`), counts.unknown > 0 && notes.push(`${formatCount(counts.unknown)} unknown action`), row([
    `${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(plan.moduleDir, "table")}<br>${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(plan.path, "table")}`,
    plan.terraformVersion === "" ? NONE : (0, import_cli_chunk_EHXMJ2ZP.escapeText)(plan.terraformVersion),
    changes.length === 0 ? "no changes" : changes.join(", "),
    needApproval === 0 ? "0" : `**${formatCount(needApproval)}**`,
    notes.length === 0 ? NONE : notes.join(", ")
  ]);
}
function approvalCounts(findings) {
  let counts = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    if (!finding.requiresApproval) continue;
    let key = planKey(finding.moduleDir, finding.plan);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
function planKey(moduleDir, path) {
  return JSON.stringify([moduleDir, path]);
}
function isShortened(finding) {
  return finding.reason.length > SHORT_CELL_CHARS || finding.recoverability.length > SHORT_CELL_CHARS || unnamedForcingAttributes(finding).length > SHORT_FORCING;
}
var VERDICT_ICONS = {
  pass: "\u2705",
  approved: "\u2705",
  blocked: "\u{1F6D1}"
};
function partsOf(report, options) {
  let required = [], others = [];
  for (let finding of report.findings)
    (finding.requiresApproval ? required : others).push(finding);
  required.sort(import_cli_chunk_EHXMJ2ZP.bySeverityDescending), others.sort(import_cli_chunk_EHXMJ2ZP.bySeverityDescending);
  let plans = groupedPlans(report.plans), context = planContextFor(plans), { collapse } = options, failOn = report.failOn, marker = options.marker === void 0 || options.marker === "" ? "" : `${options.marker}
`, verdict = `${collapse ? "###" : "##"} ${VERDICT_ICONS[report.verdict]} ${(0, import_cli_chunk_EHXMJ2ZP.escapeText)(options.title)}: ${report.verdict} \u2014 ${(0, import_cli_chunk_EHXMJ2ZP.escapeText)(describeVerdict(report, required))}

`, lower = others.length === 0 ? "." : `; ${plural(others.length, "lower-severity finding")} ${others.length === 1 ? "is" : "are"} listed below.`, pass = required.length > 0 ? "" : `Nothing is at or above fail-on ${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(failOn)}${lower}

`, subheading = collapse ? "####" : "###", otherTitle = (threshold) => `Other findings (${plural(others.length, "finding")} below fail-on ${threshold}, not blocking)`, planTitle = `Plans (${plural(plans.length, "plan")})`;
  return {
    required,
    others,
    plans,
    context,
    head: marker + verdict + pass,
    note: options.approval === void 0 ? "" : renderApprovalNote(options.approval, options.noteLimits, options.pointer, subheading),
    footer: `${unreviewedLine(report)}<sub>fingerprint ${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(report.fingerprint)} \xB7 fail-on ${(0, import_cli_chunk_EHXMJ2ZP.codeSpan)(failOn)} \xB7 ${plural(plans.length, "plan")}</sub>
`,
    lost: {
      open: `${subheading} What would be lost

`,
      head: FINDING_HEADER,
      close: `
`
    },
    otherSection: section(
      collapse,
      otherTitle(`<code>${(0, import_cli_chunk_EHXMJ2ZP.escapeHtml)(failOn)}</code>`),
      otherTitle((0, import_cli_chunk_EHXMJ2ZP.codeSpan)(failOn)),
      FINDING_HEADER
    ),
    planSection: section(collapse, (0, import_cli_chunk_EHXMJ2ZP.escapeHtml)(planTitle), (0, import_cli_chunk_EHXMJ2ZP.escapeText)(planTitle), PLAN_HEADER)
  };
}
function unreviewedLine(report) {
  let count = report.unreviewedTypes.length;
  return count === 0 ? "" : `${(0, import_cli_chunk_EHXMJ2ZP.escapeText)(describeUnreviewed(count))}.

`;
}
function section(collapse, summaryHtml, heading, head) {
  return collapse ? { open: `<details><summary>${summaryHtml}</summary>

`, head, close: `
</details>

` } : { open: `### ${heading}

`, head, close: `
` };
}
function frameSize(part, measure) {
  return measure(part.open) + measure(part.head) + measure(part.close);
}
function groupedPlans(plans) {
  return [...plans].sort(
    (a, b) => (0, import_cli_chunk_EHXMJ2ZP.byCodeUnit)(a.moduleDir, b.moduleDir) || (0, import_cli_chunk_EHXMJ2ZP.byCodeUnit)(a.path, b.path)
  );
}
var SHORTENED = "the full text of long reasons";
function renderReportMarkdown(report, options) {
  let { measure, pointer } = options, parts = partsOf(report, options), { required, others, plans, context, lost, otherSection, planSection } = parts, requiredOmission = (left) => `
**\u26A0\uFE0F ${formatCount(left)} of the ${plural(required.length, "finding")} that ${required.length === 1 ? "requires" : "require"} approval ${left === 1 ? "is" : "are"} not shown here (size limit): see ${pointer}.**
`, rowOmission = (noun) => (left) => `
_\u2026 and ${plural(left, `more ${noun}`)}: see ${pointer}._
`, dropped = (what) => what.length === 0 ? "" : `_Left out for length: ${what.join("; ")}. See ${pointer}._

`, othersWord = plural(others.length, "other finding"), plansWord = `per-plan counts (${plural(plans.length, "plan")})`, reserve = measure(dropped([SHORTENED, othersWord, plansWord])), available = options.budget - measure(parts.head + parts.note + parts.footer) - reserve, lostFrame = required.length === 0 ? 0 : frameSize(lost, measure);
  if (available < lostFrame + measure(requiredOmission(required.length))) {
    let missing = required.length === 0 ? "" : `${requiredOmission(required.length).trimStart()}
`;
    return parts.head + missing + parts.footer;
  }
  let findingRows = (findings, short) => rowsOf(findings, (finding) => findingRow(finding, context, short ? "short" : "full")), lostRows = fitRows(
    findingRows(required, false),
    available - lostFrame,
    requiredOmission,
    measure
  ), otherRows, planRows, shortened = false;
  if (lostRows.shown === required.length) {
    if (available -= lostFrame + lostRows.size, others.length > 0) {
      let frame = frameSize(otherSection, measure);
      otherRows = fitRows(
        findingRows(others, false),
        available - frame,
        rowOmission("finding"),
        measure
      ), available -= frame + otherRows.size;
    }
    if (otherRows === void 0 || otherRows.shown === others.length) {
      let approvals = approvalCounts(required), rows = rowsOf(
        plans,
        (plan) => planRow(plan, approvals.get(planKey(plan.moduleDir, plan.path)) ?? 0)
      );
      planRows = fitRows(
        rows,
        available - frameSize(planSection, measure),
        rowOmission("plan"),
        measure
      );
    }
  } else
    lostRows = fitRows(
      findingRows(required, true),
      available - lostFrame,
      requiredOmission,
      measure
    ), shortened = required.slice(0, lostRows.shown).some(isShortened);
  return otherRows?.shown === 0 && (otherRows = void 0), planRows?.shown === 0 && (planRows = void 0), assemble(
    parts,
    { lostRows, otherRows, planRows, shortened },
    (left) => dropped(
      left.map(
        (what) => what === "shortened" ? SHORTENED : what === "others" ? othersWord : plansWord
      )
    )
  );
}
function assemble(parts, fits, droppedLine) {
  let { required, others, plans, lost, otherSection, planSection } = parts, { lostRows, otherRows, planRows } = fits, out = [parts.head];
  required.length > 0 && out.push(lost.open, lostRows.shown > 0 ? lost.head : "", ...lostRows.lines, lost.close), out.push(parts.note), otherRows !== void 0 && out.push(otherSection.open, otherSection.head, ...otherRows.lines, otherSection.close), planRows !== void 0 && out.push(planSection.open, planSection.head, ...planRows.lines, planSection.close);
  let left = [];
  return fits.shortened && left.push("shortened"), otherRows === void 0 && others.length > 0 && left.push("others"), planRows === void 0 && plans.length > 0 && left.push("plans"), out.push(droppedLine(left), parts.footer), out.join("");
}
var MAX_COMMENT_LENGTH = 65536, DEFAULT_TITLE = "destroy-guard";
function renderMarkdown(report, options = {}) {
  return renderReportMarkdown(report, {
    marker: options.marker,
    title: options.title ?? DEFAULT_TITLE,
    approval: options.approval,
    budget: options.maxLength ?? MAX_COMMENT_LENGTH,
    measure: utf16Length,
    pointer: options.detailsPointer ?? "the job summary",
    collapse: true,
    noteLimits: { details: 10, approvers: 30 }
  });
}
var ANSI = {
  critical: "1;31",
  high: "31",
  medium: "33",
  low: "36",
  info: "2",
  blocked: "1;31",
  approved: "1;32",
  pass: "1;32",
  dim: "2",
  bold: "1"
};
function painter(color) {
  return color ? (text, style) => `\x1B[${ANSI[style]}m${text}\x1B[0m` : (text) => text;
}
var safe = import_cli_chunk_EHXMJ2ZP.escapeInvisible, LISTED_OTHERS = 50, LISTED_GROUPS = 30, LINES_PER_CHUNK = 512;
function* renderTextChunks(report, options = {}) {
  let paint = painter(options.color === true), several = report.plans.length > 1, required = /* @__PURE__ */ new Map(), risky = [], counted = new Counted(), listed = [];
  for (let finding of report.findings)
    if (!finding.requiresApproval)
      counted.add(finding), listed.length <= LISTED_OTHERS && listed.push(finding);
    else {
      risky.push(finding);
      let same = required.get(finding.severity);
      same === void 0 ? required.set(finding.severity, [finding]) : same.push(finding);
    }
  let others = counted.total, lines = [
    `destroy-guard: ${paint(report.verdict.toUpperCase(), report.verdict)} \u2014 ${describeVerdict(report, risky)}`
  ], flush = function* () {
    lines.length < LINES_PER_CHUNK || (yield `${lines.join(`
`)}
`, lines = []);
  };
  if (required.size > 0) {
    lines.push("", paint("What would be lost:", "bold"));
    for (let severity of import_cli_chunk_EHXMJ2ZP.SEVERITIES) {
      let findings = required.get(severity) ?? [];
      if (findings.length !== 0) {
        lines.push(
          "",
          paint(`${severity.toUpperCase()} (${formatCount(findings.length)})`, severity)
        );
        for (let finding of findings)
          lines.push(...detailLines(finding, several, paint)), yield* flush();
      }
    }
  }
  if (others > 0 && (lines.push(
    "",
    paint(
      `Other findings (${plural(others, "finding")} below fail-on ${report.failOn}):`,
      "bold"
    )
  ), others <= LISTED_OTHERS ? lines.push(...otherLines(listed, several, paint)) : lines.push(...groupLines(counted, paint))), report.plans.length > 0) {
    lines.push("", paint(`Plans (${formatCount(report.plans.length)}):`, "bold"));
    for (let plan of report.plans) lines.push(`  ${planLine(plan)}`);
  }
  report.unreviewedTypes.length > 0 && lines.push("", `${describeUnreviewed(report.unreviewedTypes.length)}.`), lines.push("", paint(`fingerprint ${report.fingerprint} \xB7 fail-on ${report.failOn}`, "dim")), yield `${lines.join(`
`)}
`;
}
function otherLines(others, several, paint) {
  let width = others.reduce((widest, finding) => Math.max(widest, finding.severity.length), 0);
  return others.map((finding) => {
    let where = several ? ` [${safe(finding.moduleDir)}]` : "", type = finding.type === "" ? "" : ` (${safe(finding.type)})`;
    return `  ${paint(finding.severity.padEnd(width), finding.severity)}  ${safe(describeSubject(finding))}${type}${where}: ${safe(describeAction(finding))} \u2014 ${safe(finding.reason)}`;
  });
}
var Counted = class {
  #groups = /* @__PURE__ */ new Map();
  all = [];
  total = 0;
  #last;
  add(finding) {
    this.total += 1;
    let last = this.#last;
    if (last !== void 0 && last.type === finding.type && last.kind === finding.kind && last.severity === finding.severity) {
      last.count += 1;
      return;
    }
    let byKind = this.#groups.get(finding.severity);
    byKind === void 0 && this.#groups.set(finding.severity, byKind = /* @__PURE__ */ new Map());
    let byType = byKind.get(finding.kind);
    byType === void 0 && byKind.set(finding.kind, byType = /* @__PURE__ */ new Map());
    let group = byType.get(finding.type);
    group !== void 0 ? group.count += 1 : (group = { severity: finding.severity, kind: finding.kind, type: finding.type, count: 1 }, byType.set(finding.type, group), this.all.push(group)), this.#last = group;
  }
};
function groupLines(counted, paint) {
  let { all, total } = counted, sorted = all.sort(
    (a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)
  ), width = sorted.reduce((widest, group) => Math.max(widest, group.severity.length), 0), lines = sorted.slice(0, LISTED_GROUPS).map((group) => {
    let type = group.type === "" ? "" : ` ${safe(group.type)}`;
    return `  ${paint(group.severity.padEnd(width), group.severity)}  ${formatCount(group.count)} \xD7 ${group.kind}${type}`;
  }), rest = sorted.slice(LISTED_GROUPS);
  if (rest.length > 0) {
    let count = rest.reduce((sum, group) => sum + group.count, 0);
    lines.push(`  \u2026 and ${plural(count, "finding")} in ${formatCount(rest.length)} more groups`);
  }
  return lines.push(
    paint(
      `  ${formatCount(total)} findings counted, not listed; \`destroy-guard assess --format json\` lists every one`,
      "dim"
    )
  ), lines;
}
function detailLines(finding, several, paint) {
  let category = describeCategory(finding.category), type = finding.type === "" ? "" : `  ${safe(finding.type)}${category === "" ? "" : ` (${category})`}`, label = (name) => paint(name.padEnd(7), "dim"), lines = [`  ${paint(safe(describeSubject(finding)), "bold")}${type}`];
  (several || finding.address === "") && lines.push(`    ${label("plan")}${safe(finding.plan)} (module ${safe(finding.moduleDir)})`), lines.push(`    ${label("action")}${safe(describeAction(finding))}`);
  let forcing = unnamedForcingAttributes(finding), forced = forcing.length === 0 ? "" : ` (forced by ${forcing.map(safe).join(", ")})`;
  return lines.push(`    ${label("why")}${safe(finding.reason)}${forced}`), finding.recoverability !== "" && lines.push(`    ${label("data")}${safe(finding.recoverability)}`), lines;
}
function planLine(plan) {
  let { counts } = plan, flags = [plan.errored ? "errored" : "", plan.complete ? "" : "incomplete"].filter(
    (flag) => flag !== ""
  ), changes = [
    `${formatCount(counts.create)} to create`,
    `${formatCount(counts.update)} to update`,
    `${formatCount(counts.replace)} to replace`,
    `${formatCount(counts.delete)} to destroy`,
    `${formatCount(counts.forget)} to forget`
  ];
  counts.deferred > 0 && changes.push(`${formatCount(counts.deferred)} deferred`), counts.unknown > 0 && changes.push(`${formatCount(counts.unknown)} unknown`);
  let version2 = plan.terraformVersion === "" ? "" : `, terraform ${safe(plan.terraformVersion)}`, flagged = flags.length === 0 ? "" : ` [${flags.join(", ")}]`;
  return `${safe(plan.path)} (module ${safe(plan.moduleDir)}${version2})${flagged}: ${changes.join(", ")}`;
}
var PROGRESS_AFTER_MS = 2e3, PROGRESS_EVERY_MS = 250, FORMATS = ["text", "markdown", "json"], ASSESS_USAGE = `Usage: destroy-guard assess PLAN... [--format text|markdown|json] [--fail-on LEVEL]
                             [--stateful-types LINE]... [--ignore GLOB]...
  PLAN            plan JSON file (terraform show -json tfplan > plan.json), glob,
                  MODULE_DIR=PATH, or - for standard input
  --format        text (default), markdown (the PR comment) or json (the versioned report)
  --fail-on       lowest severity that requires approval: ${import_cli_chunk_EHXMJ2ZP.SEVERITIES.join("|")} (default high)
  --stateful-types  TYPE_OR_GLOB[=critical|high|medium|low|none], repeatable
  --ignore        resource address glob to leave out, repeatable
Exit status: 0 nothing requires approval, 1 something does, 2 bad input or usage.`, assessCommand = async (args, io) => {
  let { values, positionals } = (0, import_node_util.parseArgs)({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "high" },
      "stateful-types": { type: "string", multiple: true, default: [] },
      ignore: { type: "string", multiple: true, default: [] },
      color: { type: "boolean" }
    }
  }), format = values.format;
  if (!FORMATS.includes(format))
    throw new import_cli_chunk_AUXWUNJ3.UserError(`--format: "${format}" is not one of ${FORMATS.join(", ")}`);
  let failOn = values["fail-on"];
  if (!(0, import_cli_chunk_EHXMJ2ZP.isSeverity)(failOn))
    throw new import_cli_chunk_AUXWUNJ3.UserError(`--fail-on: "${failOn}" is not one of ${import_cli_chunk_EHXMJ2ZP.SEVERITIES.join(", ")}`);
  if (positionals.length === 0)
    throw new import_cli_chunk_AUXWUNJ3.UserError(
      "assess: no plan given; run `terraform show -json tfplan > plan.json`, then `destroy-guard assess plan.json`"
    );
  let progress = io.stderrIsTerminal === true ? paceProgress({
    now: () => performance.now(),
    // `\r` and erase-line: one line rewritten in place, gone when the work ends.
    show: (line, final) => io.stderr(final ? "\r\x1B[2K" : `\r\x1B[2K${line}`),
    afterMs: PROGRESS_AFTER_MS,
    everyMs: PROGRESS_EVERY_MS
  }) : void 0, report;
  try {
    report = await (0, import_cli_chunk_EHXMJ2ZP.assessPlans)(positionals, {
      failOn,
      statefulTypes: values["stateful-types"],
      ignore: values.ignore,
      cwd: io.cwd,
      workspace: io.cwd,
      stdin: io.stdin,
      ...progress === void 0 ? {} : { progress: progress.update }
    });
  } finally {
    progress?.finish();
  }
  let write = io.write ?? writeToStdout(io);
  for (let chunk of render(report, format, values.color ?? false)) await write(chunk);
  return report.verdict === "blocked" ? 1 : 0;
};
function writeToStdout(io) {
  let decoder = new TextDecoder();
  return (chunk) => (io.stdout(typeof chunk == "string" ? chunk : decoder.decode(chunk)), Promise.resolve());
}
function* render(report, format, color) {
  switch (format) {
    case "json":
      yield* renderJsonBytes(report);
      return;
    case "markdown": {
      let text = renderMarkdown(report);
      yield text.endsWith(`
`) ? text : `${text}
`;
      return;
    }
    case "text":
      yield* renderTextChunks(report, { color });
  }
}
var COMMANDS = {
  assess: () => Promise.resolve(assessCommand),
  owners: async () => (await Promise.resolve().then(() => __toESM(require("./cli-tools-XX2OTRHD.cjs")))).ownersCommand,
  catalog: async () => (await Promise.resolve().then(() => __toESM(require("./cli-tools-XX2OTRHD.cjs")))).catalogCommand,
  hook: async () => (await Promise.resolve().then(() => __toESM(require("./cli-tools-XX2OTRHD.cjs")))).hookCommand,
  shim: async () => (await Promise.resolve().then(() => __toESM(require("./cli-tools-XX2OTRHD.cjs")))).shimCommand
}, USAGE = `destroy-guard: stops Terraform/OpenTofu plans that would destroy data.

Commands:
  assess PLAN...      report what the plan would destroy; exit 1 when approval is needed
  owners --codeowners FILE PATH... [--json]
                      the owners GitHub would assign to each path
  catalog [--json] [--coverage SCHEMA.json]
                      the stateful resource catalog; with --coverage, the decision for
                      each resource type of terraform providers schema -json
  hook                judge one agent tool call (Claude Code PreToolUse JSON or {"command": ...}
                      on stdin): exit 0 allows it, exit 2 refuses it with the reason on stderr
  shim DIR            write guarded terraform, tofu, terragrunt and cloud CLI shims into DIR

${ASSESS_USAGE}`;
async function main(argv, io) {
  let [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io.stdout(`${USAGE}
`), name === void 0 ? 2 : 0;
  if (name === "--version" || name === "-v")
    return io.stdout(`${version()}
`), 0;
  let command = COMMANDS[name];
  if (command === void 0)
    return io.stderr(
      `destroy-guard: unknown command "${name}"; use one of ${Object.keys(COMMANDS).join(", ")} (destroy-guard --help)
`
    ), 2;
  try {
    return await (await command())(args, io);
  } catch (error) {
    return io.stderr(`destroy-guard: ${oneLine(error)}
`), 2;
  }
}
function oneLine(error) {
  return (0, import_cli_chunk_AUXWUNJ3.errorCode)(error)?.startsWith("ERR_PARSE_ARGS") === true ? `${(0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? ""} (destroy-guard --help)` : error instanceof import_cli_chunk_AUXWUNJ3.UserError ? error.message : `internal error: ${(0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? ""}; please report it`;
}
function version() {
  try {
    let pkg = (0, import_node_module.createRequire)(__destroyGuardFileUrl)("../package.json");
    if (pkg !== null && typeof pkg == "object" && "version" in pkg && typeof pkg.version == "string")
      return pkg.version;
  } catch {
  }
  return "unknown";
}
process.stdout.on("error", (error) => {
  let why = error.code === "EPIPE" ? "was closed by its reader" : `failed (${error.code ?? error.message})`;
  process.stderr.write(`destroy-guard: standard output ${why} before everything was written
`), process.exit(2);
});
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  write: (chunk) => new Promise((resolve) => {
    process.stdout.write(chunk) ? resolve() : process.stdout.once("drain", resolve);
  }),
  stderrIsTerminal: process.stderr.isTTY,
  // Read on use: creating the stream loads net and stream, a few ms of every start-up.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd()
}).then((code) => {
  process.exitCode = code;
});
