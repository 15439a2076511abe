const __destroyGuardFileUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  catalogCommand: () => catalogCommand,
  hookCommand: () => hookCommand,
  ownersCommand: () => ownersCommand,
  shimCommand: () => shimCommand
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_EHXMJ2ZP = require("./cli-chunk-EHXMJ2ZP.cjs");
var import_cli_chunk_F4Q674BA = require("./cli-chunk-F4Q674BA.cjs");
var import_cli_chunk_AUXWUNJ3 = require("./cli-chunk-AUXWUNJ3.cjs");
var import_cli_chunk_6AVPTKLV = require("./cli-chunk-6AVPTKLV.cjs");
var import_node_util = require("node:util");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_os = require("node:os");
var import_node_path2 = __toESM(require("node:path"));
var import_node_child_process = require("node:child_process");
var import_node_fs2 = require("node:fs");
var import_node_path3 = __toESM(require("node:path"));
var import_node_os2 = require("node:os");
var import_node_path4 = __toESM(require("node:path"));
var import_node_fs3 = require("node:fs");
var import_node_path5 = __toESM(require("node:path"));
var import_node_fs4 = require("node:fs");
var import_node_path6 = __toESM(require("node:path"));
var import_node_fs5 = require("node:fs");
var import_node_path7 = __toESM(require("node:path"));
var import_node_crypto = require("node:crypto");
var import_node_child_process2 = require("node:child_process");
var import_node_fs6 = require("node:fs");
var import_node_os3 = require("node:os");
var import_node_path8 = __toESM(require("node:path"));
var import_node_fs7 = require("node:fs");
var import_node_child_process3 = require("node:child_process");
var import_node_path9 = __toESM(require("node:path"));
var import_node_stream = require("node:stream");
var import_node_fs8 = require("node:fs");
var import_node_path10 = __toESM(require("node:path"));
var import_node_path11 = __toESM(require("node:path"));
var import_promises = require("node:fs/promises");
var import_node_path12 = require("node:path");
var import_node_util2 = require("node:util");
var import_node_fs9 = require("node:fs");
var import_node_url = require("node:url");
var import_node_path13 = __toESM(require("node:path"));
var import_node_fs10 = require("node:fs");
var import_node_path14 = __toESM(require("node:path"));
function schemaOfSchema() {
  return (0, import_cli_chunk_F4Q674BA.object)({
    format_version: (0, import_cli_chunk_F4Q674BA.string)(),
    provider_schemas: (0, import_cli_chunk_F4Q674BA.record)(
      (0, import_cli_chunk_F4Q674BA.string)(),
      (0, import_cli_chunk_F4Q674BA.object)({ resource_schemas: (0, import_cli_chunk_F4Q674BA.record)((0, import_cli_chunk_F4Q674BA.string)(), (0, import_cli_chunk_F4Q674BA.unknown)()).optional() })
    )
  });
}
var HOW = "give the output of `terraform providers schema -json > schema.json`";
function readSchemaTypes(path13, cwd) {
  let bytes;
  try {
    bytes = (0, import_node_fs.readFileSync)((0, import_node_path.resolve)(cwd, path13));
  } catch (error) {
    let problem = (0, import_cli_chunk_AUXWUNJ3.errorCode)(error) === "ENOENT" ? "no such file" : (0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0];
    throw new import_cli_chunk_AUXWUNJ3.UserError(`${path13}: cannot read it (${problem}); ${HOW}`);
  }
  let document;
  try {
    document = JSON.parse((0, import_cli_chunk_EHXMJ2ZP.decodePlanText)(bytes).text);
  } catch {
    throw new import_cli_chunk_AUXWUNJ3.UserError(`${path13}: not JSON; ${HOW}`);
  }
  let parsed = schemaOfSchema().safeParse(document);
  if (!parsed.success)
    throw new import_cli_chunk_AUXWUNJ3.UserError(`${path13}: not provider schemas (no provider_schemas); ${HOW}`);
  let types = [];
  for (let [provider, schema] of Object.entries(parsed.data.provider_schemas))
    for (let type of Object.keys(schema.resource_schemas ?? {}))
      types.push({ type: (0, import_cli_chunk_EHXMJ2ZP.escapeInvisible)(type), provider: (0, import_cli_chunk_EHXMJ2ZP.escapeInvisible)(provider) });
  return types;
}
var ORDER = {
  unreviewed: 0,
  stateful: 1,
  safeguard: 2,
  none: 3
}, WORDS = {
  unreviewed: "unreviewed",
  stateful: "stateful",
  safeguard: "safeguard",
  none: "not stateful"
};
function rowsOf(types, catalog) {
  return types.map(({ type, provider }) => ({ type, provider, decision: catalog.decide(type) })).sort(
    (a, b) => ORDER[a.decision.status] - ORDER[b.decision.status] || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)
  );
}
function countsOf(rows) {
  let counts = { unreviewed: 0, stateful: 0, safeguard: 0, none: 0 };
  for (let row of rows) counts[row.decision.status] += 1;
  return counts;
}
function detailOf(decision, type) {
  switch (decision.status) {
    case "unreviewed": {
      let word = (0, import_cli_chunk_EHXMJ2ZP.judgeUnreviewedName)(type).word;
      return { judgedByName: word === void 0 ? "configuration" : `holds data (${word})` };
    }
    case "none":
      return {
        source: decision.source,
        ...decision.reviewedAt === void 0 ? {} : { reviewedAt: decision.reviewedAt },
        ...decision.reason === void 0 ? {} : { reason: decision.reason }
      };
    default:
      return {
        category: decision.entry.category,
        severity: decision.entry.severity,
        ...decision.entry.backup === void 0 ? {} : { backup: decision.entry.backup },
        source: decision.source,
        ...decision.reviewedAt === void 0 ? {} : { reviewedAt: decision.reviewedAt },
        ...decision.reason === void 0 ? {} : { reason: decision.reason }
      };
  }
}
function renderCoverageJson(path13, types, catalog) {
  let rows = rowsOf(types, catalog), document = {
    version: 1,
    schema: path13,
    counts: countsOf(rows),
    types: rows.map((row) => ({
      type: row.type,
      provider: row.provider,
      decision: row.decision.status,
      ...detailOf(row.decision, row.type)
    }))
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function renderCoverageText(types, catalog) {
  let rows = rowsOf(types, catalog), table = rows.map((row) => {
    let detail = detailOf(row.decision, row.type), what = row.decision.status === "unreviewed" ? `judged by name: ${detail.judgedByName ?? ""}` : [detail.category, detail.severity, detail.reviewedAt ?? detail.source].filter((cell) => cell !== void 0).join(" \xB7 ");
    return [row.type, WORDS[row.decision.status], what];
  }), counts = countsOf(rows), lines = align([["TYPE", "DECISION", "DETAIL"], ...table]);
  return lines.push(
    "",
    `${rows.length} resource types: ${counts.unreviewed} unreviewed, ${counts.stateful} stateful, ${counts.safeguard} safeguard, ${counts.none} not stateful`
  ), counts.unreviewed > 0 && lines.push(
    "Classify each unreviewed type with --stateful-types / the stateful-types input: TYPE=none (holds no data) or TYPE=critical|high."
  ), `${lines.join(`
`)}
`;
}
function align(rows) {
  let widths = [];
  for (let row of rows)
    row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, cell.length));
  return rows.map(
    (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
}
var CATALOG_USAGE = `Usage: destroy-guard catalog [--json] [--coverage SCHEMA.json] [--stateful-types LINE]...
  --json            print { "version": 1, "entries": [...] } instead of a table
  --coverage        the decision for each resource type of \`terraform providers schema -json\`
                    output, unreviewed types first
  --stateful-types  TYPE_OR_GLOB[=critical|high|medium|low|none], repeatable`, JSON_VERSION = 1, catalogCommand = async (args, io) => run(args, io);
function run(args, io) {
  let values;
  try {
    ({ values } = (0, import_node_util.parseArgs)({
      args: [...args],
      allowPositionals: false,
      strict: true,
      options: {
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        coverage: { type: "string" },
        "stateful-types": { type: "string", multiple: true }
      }
    }));
  } catch (error) {
    return io.stderr(`destroy-guard catalog: ${usageProblem(error)}; see destroy-guard catalog --help
`), 2;
  }
  if (values.help === true)
    return io.stdout(`${CATALOG_USAGE}
`), 0;
  let lines = values["stateful-types"] ?? [], catalog, rules, schemaTypes;
  try {
    catalog = (0, import_cli_chunk_EHXMJ2ZP.buildCatalog)(lines), rules = (0, import_cli_chunk_EHXMJ2ZP.parseStatefulTypes)(lines), values.coverage !== void 0 && (schemaTypes = readSchemaTypes(values.coverage, io.cwd));
  } catch (error) {
    if (!(error instanceof import_cli_chunk_AUXWUNJ3.UserError)) throw error;
    return io.stderr(`destroy-guard catalog: ${error.message}
`), 2;
  }
  if (values.coverage !== void 0 && schemaTypes !== void 0)
    return io.stdout(
      values.json === true ? renderCoverageJson(values.coverage, schemaTypes, catalog) : renderCoverageText(schemaTypes, catalog)
    ), 0;
  let entries = withUserTypes(catalog, rules), globs = rules.filter((rule) => rule.glob);
  return io.stdout(values.json === true ? renderJson(entries, globs) : renderText(entries, globs)), 0;
}
function usageProblem(error) {
  let message = (0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? "", code = (0, import_cli_chunk_AUXWUNJ3.errorCode)(error), option = /'([^']+)'/u.exec(message)?.[1];
  return code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== void 0 ? `unknown option ${option}` : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" && option !== void 0 ? `unexpected argument ${JSON.stringify(option)}` : message;
}
function withUserTypes(catalog, rules) {
  let byType = new Map(catalog.entries.map((entry) => [entry.type, entry]));
  for (let rule of rules) {
    if (rule.glob || byType.has(rule.pattern)) continue;
    let entry = catalog.lookup(rule.pattern);
    entry !== void 0 && byType.set(entry.type, entry);
  }
  return [...byType.values()].sort((a, b) => a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}
function renderJson(entries, globs) {
  let document = {
    version: JSON_VERSION,
    entries: entries.map((entry) => ({ provider: (0, import_cli_chunk_EHXMJ2ZP.providerOf)(entry.type), ...entry })),
    ...globs.length > 0 ? { globs: globs.map((rule) => ({ pattern: rule.pattern, severity: rule.severity })) } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
var HEADER = ["TYPE", "PROVIDER", "CATEGORY", "SEVERITY", "BACKUP", "PROTECTIONS"];
function renderText(entries, globs) {
  let rows = entries.map((entry) => [
    entry.type,
    (0, import_cli_chunk_EHXMJ2ZP.providerOf)(entry.type),
    entry.category,
    entry.severity,
    entry.backup ?? "-",
    showProtections(entry.protections ?? [])
  ]), lines = alignColumns([[...HEADER], ...rows]), perProvider = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    let provider = (0, import_cli_chunk_EHXMJ2ZP.providerOf)(entry.type);
    perProvider.set(provider, (perProvider.get(provider) ?? 0) + 1);
  }
  let counts = [...perProvider].sort(([a, x], [b, y]) => y - x || (0, import_cli_chunk_EHXMJ2ZP.byCodeUnit)(a, b));
  if (lines.push("", "Resource types per provider:"), lines.push(...alignColumns(counts.map(([provider, count]) => [`  ${provider}`, String(count)]))), lines.push(`  total ${entries.length}`), globs.length > 0) {
    lines.push("", "Globs from --stateful-types (later lines win):");
    for (let rule of globs) lines.push(`  ${rule.pattern}=${rule.severity}`);
  }
  return `${lines.join(`
`)}
`;
}
function showProtections(protections) {
  return protections.length === 0 ? "-" : protections.map((p) => p.default === void 0 ? p.path : `${p.path}=${String(p.default)}`).join(", ");
}
function alignColumns(rows) {
  let widths = [];
  for (let row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map(
    (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
}
function commandName(word) {
  return word === void 0 ? "" : baseName(word.text);
}
function baseName(text) {
  let trimmed = text.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1).replace(/\.exe$/i, "");
}
var TF_NAME = /^(?:terraform|tofu|terragrunt)(?:[-_]?v?\d[\w.]*)?$/;
function isTfName(name) {
  return TF_NAME.test(name);
}
function tfFamily(name) {
  return name.startsWith("terragrunt") ? "terragrunt" : name.startsWith("tofu") ? "tofu" : "terraform";
}
function expandTilde(word) {
  return word.tilde ? word.text === "~" ? (0, import_node_os.homedir)() : word.text.startsWith("~/") ? import_node_path2.default.join((0, import_node_os.homedir)(), word.text.slice(2)) : word.text : word.text;
}
function wordSet(text) {
  return new Set(text.split(/\s+/).filter((word) => word !== ""));
}
var PASS = { kind: "pass" };
function refuse(reason) {
  return { kind: "refuse", reason };
}
function planFix(tool) {
  return `plan to a file and apply that saved plan (${tool} plan -out=tfplan, then ${tool} apply tfplan: destroy-guard assesses it first)`;
}
var PERSON = "a person must do this at their own terminal after reviewing it";
var AWS_DATA_SERVICES = wordSet(`
  rds docdb docdb-elastic neptune dynamodb s3api redshift redshift-serverless elasticache memorydb
  opensearch opensearchserverless es efs fsx backup glacier kinesis timestream-write qldb keyspaces
  secretsmanager dax lightsail dsql
`), AWS_DATA_OPERATIONS = wordSet(`
  ec2:delete-volume ec2:delete-snapshot ec2:deregister-image kms:schedule-key-deletion
  cloudformation:delete-stack ecr:delete-repository logs:delete-log-group sqs:delete-queue
  sns:delete-topic eks:delete-cluster organizations:close-account
`), AWS_VALUE_OPTIONS = wordSet(
  "--region --profile --output --endpoint-url --query --cli-read-timeout --cli-connect-timeout --color --ca-bundle"
);
function decideAws(args) {
  let positionals = [];
  for (let k = 0; k < args.length && positionals.length < 2; k++) {
    let arg = args[k] ?? "";
    arg.startsWith("-") ? !arg.includes("=") && AWS_VALUE_OPTIONS.has(arg) && k++ : positionals.push(arg);
  }
  let [service = "", operation = ""] = positionals, shown = `aws ${service} ${operation}`;
  return /^modify-|^update-/.test(operation) && args.some((arg) => /^--no-deletion-protection/.test(arg)) ? refuse(
    `${shown} --no-deletion-protection switches off a data store's protection; ${PERSON}`
  ) : service === "s3" ? decideS3(operation, args) : AWS_DATA_SERVICES.has(service) && /^(?:delete|remove|purge)-/.test(operation) || AWS_DATA_OPERATIONS.has(`${service}:${operation}`) ? refuse(`${shown} deletes data directly, outside any plan; ${PERSON}`) : PASS;
}
function decideS3(operation, args) {
  let recursive = args.some((arg) => arg === "--recursive" || arg === "-r");
  return operation === "rb" ? refuse(`aws s3 rb deletes a bucket; ${PERSON}`) : operation === "rm" && recursive ? refuse(`aws s3 rm --recursive deletes a bucket's objects; ${PERSON}`) : (operation === "sync" || operation === "mv") && args.includes("--delete") ? refuse(`aws s3 ${operation} --delete deletes objects; ${PERSON}`) : PASS;
}
var GCLOUD_DATA_GROUPS = wordSet(`
  sql spanner bigtable firestore datastore redis memcache alloydb filestore storage projects
  container bigquery kms secrets pubsub looker netapp backup-dr
`), GCLOUD_COMPUTE_DATA = wordSet("disks snapshots images instances machine-images");
function decideGcloud(args) {
  let words = args.filter((arg) => !arg.startsWith("-")), group = words[0] === "alpha" || words[0] === "beta" ? words[1] : words[0], verb = words.find((word) => /^(?:delete|rm|destroy|purge)$/.test(word));
  return group === void 0 || verb === void 0 ? PASS : GCLOUD_DATA_GROUPS.has(group) || group === "compute" && words.some((w) => GCLOUD_COMPUTE_DATA.has(w)) ? refuse(`gcloud ${group} \u2026 ${verb} deletes data directly, outside any plan; ${PERSON}`) : PASS;
}
function decideGsutil(args) {
  let words = args.filter((arg) => !arg.startsWith("-")), sub = words[0], recursive = args.some((arg) => /^-[a-zA-Z]*[rR]/.test(arg) || arg === "-a") || words.some((w) => w.includes("*"));
  return sub === "rb" ? refuse(`gsutil rb deletes a bucket; ${PERSON}`) : sub === "rm" && recursive ? refuse(`gsutil rm -r deletes a bucket's objects; ${PERSON}`) : sub === "rsync" && args.some((arg) => /^-[a-zA-Z]*d/.test(arg)) ? refuse(`gsutil rsync -d deletes objects; ${PERSON}`) : PASS;
}
function decideBq(args) {
  return args.filter((arg) => !arg.startsWith("-"))[0] === "rm" ? refuse(`bq rm deletes a dataset or table; ${PERSON}`) : PASS;
}
var AZ_DATA_GROUPS = wordSet(`
  sql cosmosdb storage keyvault postgres mysql mariadb redis group disk snapshot backup aks
  synapse kusto monitor servicebus eventhubs netappfiles dataprotection sig image vm
`);
function decideAz(args) {
  let words = args.filter((arg) => !arg.startsWith("-")), group = words[0], verb = words.find((word) => /^(?:delete|purge|delete-batch|remove)$/.test(word));
  return group === void 0 || verb === void 0 || !AZ_DATA_GROUPS.has(group) ? PASS : refuse(
    `az ${words.slice(0, words.indexOf(verb) + 1).join(" ")} deletes data directly, outside any plan; ${PERSON}`
  );
}
var ParseError = class extends Error {
  name = "ParseError";
};
function newWord() {
  return { text: "", literal: true, quoted: false, tilde: false, procSubst: false, subs: [] };
}
function at(p, ahead = 0) {
  return p.src[p.i + ahead] ?? "";
}
var WORD_END = /* @__PURE__ */ new Set([" ", "	", "\r", `
`, ";", "&", "|", "(", ")"]);
function parseWord(p) {
  let word = newWord(), start = p.i;
  for (at(p) === "~" && (word.tilde = true); ; ) {
    let c = at(p);
    if (c === "" || WORD_END.has(c)) {
      if (c === "(" && p.i === start) throw new ParseError('unexpected "("');
      break;
    }
    if (c === "<" || c === ">") {
      if (at(p, 1) !== "(") break;
      let from = p.i;
      p.i += 2, word.subs.push(parseList(p, ")")), p.i++, word.text += p.src.slice(from, p.i), word.literal = false, word.procSubst = true;
    } else if (c === "\\") {
      let next = at(p, 1);
      next !== `
` && next !== "" && (word.text += next, word.quoted = true), p.i += next === "" ? 1 : 2;
    } else if (c === "'") {
      let end = p.src.indexOf("'", p.i + 1);
      if (end < 0) throw new ParseError("a ' is never closed");
      word.text += p.src.slice(p.i + 1, end), word.quoted = true, p.i = end + 1;
    } else c === '"' ? (p.i++, parseDoubleQuoted(p, word, false)) : c === "$" ? parseDollar(p, word, false) : c === "`" ? parseBacktick(p, word) : (word.text += c, p.i++);
  }
  if (p.i === start) throw new ParseError(`a word is missing before "${at(p) || "the end"}"`);
  return word;
}
function parseDoubleQuoted(p, word, toEnd) {
  for (word.quoted = true; ; ) {
    let c = at(p);
    if (c === "") {
      if (toEnd) return;
      throw new ParseError('a " is never closed');
    }
    if (c === '"' && !toEnd) {
      p.i++;
      return;
    }
    if (c === "\\") {
      let next = at(p, 1);
      next === `
` ? p.i += 2 : next !== "" && '$`"\\'.includes(next) && (next !== '"' || !toEnd) ? (word.text += next, p.i += 2) : (word.text += c, p.i++);
    } else c === "$" ? parseDollar(p, word, true) : c === "`" ? parseBacktick(p, word) : (word.text += c, p.i++);
  }
}
function parseDollar(p, word, quoted) {
  let from = p.i, next = at(p, 1);
  if (!quoted && next === "'") return parseAnsiC(p, word);
  if (!quoted && next === '"') {
    p.i++;
    return;
  }
  if (next === "(")
    at(p, 2) === "(" ? (p.i++, skipArithmetic(p, 2)) : (p.i += 2, word.subs.push(parseList(p, ")")), p.i++);
  else if (next === "{")
    skipBraced(p, word, quoted);
  else if (/[A-Za-z_]/.test(next))
    p.i += 1 + (/^[A-Za-z_][A-Za-z0-9_]*/.exec(p.src.slice(p.i + 1, p.i + 256))?.[0].length ?? 0);
  else if (/[0-9@*#?$!-]/.test(next) && next !== "")
    p.i += 2;
  else {
    word.text += "$", p.i++;
    return;
  }
  word.text += p.src.slice(from, p.i), word.literal = false;
}
function skipBraced(p, word, quoted) {
  let before = word.text;
  p.i += 2;
  let depth = 1;
  for (; depth > 0; ) {
    let c = at(p);
    if (c === "") throw new ParseError('a "${" is never closed');
    if (c === "\\") p.i += 2;
    else if (c === "'" && !quoted) {
      let end = p.src.indexOf("'", p.i + 1);
      if (end < 0) throw new ParseError("a ' is never closed");
      p.i = end + 1;
    } else c === '"' ? (p.i++, parseDoubleQuoted(p, word, false)) : c === "$" ? parseDollar(p, word, true) : c === "`" ? parseBacktick(p, word) : (c === "{" && depth++, c === "}" && depth--, p.i++);
  }
  word.text = before;
}
function parseBacktick(p, word) {
  let from = p.i;
  p.i++;
  let inner = "";
  for (; ; ) {
    let c = at(p);
    if (c === "") throw new ParseError("a ` is never closed");
    if (c === "`") {
      p.i++;
      break;
    }
    let next = at(p, 1);
    c === "\\" && next !== "" ? (inner += "$`\\".includes(next) ? next : `\\${next}`, p.i += 2) : (inner += c, p.i++);
  }
  word.subs.push(parseScript(inner)), word.text += p.src.slice(from, p.i), word.literal = false;
}
var ANSI_SIMPLE = {
  n: `
`,
  t: "	",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
}, ANSI_CODE = /^(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|([0-7]{1,3}))/;
function parseAnsiC(p, word) {
  for (p.i += 2, word.quoted = true; ; ) {
    let c = at(p);
    if (c === "") throw new ParseError("a $' is never closed");
    if (c === "'") {
      p.i++;
      return;
    }
    if (c !== "\\") {
      word.text += c, p.i++;
      continue;
    }
    let rest = p.src.slice(p.i + 1, p.i + 10), escape = rest[0] ?? "", simple = ANSI_SIMPLE[escape], match = ANSI_CODE.exec(rest);
    if (simple !== void 0)
      word.text += simple, p.i += 2;
    else if (match !== null) {
      let octal = match[4], code = parseInt(
        match[1] ?? match[2] ?? match[3] ?? octal ?? "0",
        octal === void 0 ? 16 : 8
      );
      word.text += code <= 1114111 ? String.fromCodePoint(code) : "", p.i += 1 + match[0].length;
    } else escape === "c" && rest[1] !== void 0 ? (word.text += String.fromCharCode(rest.charCodeAt(1) & 31), p.i += 3) : (word.text += "\\", p.i++);
  }
}
function parseScript(source) {
  let p = { src: source, i: 0, pending: [] }, list = parseList(p, void 0);
  return readPendingHeredocs(p), list;
}
function parseList(p, closer) {
  let items = [];
  for (; ; ) {
    skipBlanks(p);
    let c = at(p);
    if (c === "") {
      if (closer !== void 0) throw new ParseError('a "(" is never closed');
      return { items };
    }
    if (c === `
`) newline(p);
    else if (c === ";" || c === "&") p.i += at(p, 1) === c ? 2 : 1;
    else if (c === "|" && at(p, 1) === "|") p.i += 2;
    else if (c === ")") {
      if (closer === ")") return { items };
      throw new ParseError('unexpected ")"');
    } else items.push(parsePipeline(p));
  }
}
function parsePipeline(p) {
  let commands = [parseCommand(p)];
  for (; ; ) {
    if (skipBlanks(p), at(p) !== "|" || at(p, 1) === "|") return { commands };
    for (p.i += at(p, 1) === "&" ? 2 : 1; skipBlanks(p), at(p) === `
`; )
      newline(p);
    commands.push(parseCommand(p));
  }
}
var REDIRECT = /(\d*)(&>>|&>|<<<|<<-|<<|<>|<&|>>|>&|>\||<(?!\()|>(?!\())/y;
function parseCommand(p) {
  let command = {
    kind: "simple",
    words: [],
    redirects: [],
    heredocs: [],
    herestrings: [],
    list: void 0
  };
  for (skipBlanks(p), at(p) === "(" && (at(p, 1) === "(" ? skipArithmetic(p, 2) : (p.i++, command.kind = "subshell", command.list = parseList(p, ")"), p.i++)); ; ) {
    skipBlanks(p);
    let c = at(p);
    if (c === "" || c === `
` || c === ";" || c === "|" || c === ")" || c === "&" && at(p, 1) !== ">") break;
    if (!readRedirect(p, command)) {
      if (c === "(" && isFunctionHeader(p, command))
        return command.words.unshift({ ...newWordOf("function") }), command;
      if (c === "(") throw new ParseError('"(" inside a command (an array) is not read');
      if (command.kind === "subshell") throw new ParseError('a word follows ")"');
      command.words.push(parseWord(p));
    }
  }
  let empty = command.words.length === 0 && command.redirects.length === 0 && command.heredocs.length === 0 && command.herestrings.length === 0;
  if (command.kind === "simple" && empty && p.src[p.i - 1] !== ")")
    throw new ParseError(`a command is missing before "${at(p) || "the end"}"`);
  return command;
}
function isFunctionHeader(p, command) {
  if (command.kind !== "simple" || command.words.length !== 1 || !command.words[0]?.literal)
    return false;
  let close = /^\(\s*\)/.exec(p.src.slice(p.i));
  return close === null ? false : (p.i += close[0].length, true);
}
function newWordOf(text) {
  return { ...newWord(), text };
}
function readRedirect(p, command) {
  REDIRECT.lastIndex = p.i;
  let match = REDIRECT.exec(p.src);
  if (match === null) return false;
  p.i = REDIRECT.lastIndex, skipBlanks(p);
  let target = parseWord(p), op = match[2] ?? "";
  if (op === "<<" || op === "<<-") {
    let doc = {
      delimiter: target.text,
      quoted: target.quoted,
      strip: op === "<<-",
      body: "",
      subs: []
    };
    command.heredocs.push(doc), p.pending.push(doc);
  } else op === "<<<" ? command.herestrings.push(target) : command.redirects.push({ op, target });
  return true;
}
function skipArithmetic(p, opened) {
  p.i += opened;
  let depth = opened;
  for (; depth > 0; ) {
    let c = at(p);
    if (c === "") throw new ParseError('a "((" is never closed');
    c === "(" && depth++, c === ")" && depth--, p.i++;
  }
}
function skipBlanks(p) {
  for (; ; ) {
    let c = at(p);
    if (c === " " || c === "	" || c === "\r") p.i++;
    else if (c === "\\" && at(p, 1) === `
`) p.i += 2;
    else if (c === "#") for (; p.i < p.src.length && at(p) !== `
`; ) p.i++;
    else return;
  }
}
function newline(p) {
  p.i++, readPendingHeredocs(p);
}
function readPendingHeredocs(p) {
  for (let doc = p.pending.shift(); doc !== void 0; doc = p.pending.shift()) {
    let lines = [];
    for (; p.i < p.src.length; ) {
      let end = p.src.indexOf(`
`, p.i);
      end < 0 && (end = p.src.length);
      let line = p.src.slice(p.i, end);
      if (p.i = Math.min(end + 1, p.src.length), doc.strip && (line = line.replace(/^\t+/, "")), line === doc.delimiter) break;
      lines.push(line);
    }
    if (doc.body = lines.length > 0 ? `${lines.join(`
`)}
` : "", !doc.quoted) {
      let holder = newWord();
      parseDoubleQuoted({ src: doc.body, i: 0, pending: [] }, holder, true), doc.subs = holder.subs;
    }
  }
}
var HARMLESS = wordSet(`
  plan fmt validate show output providers version graph console get login logout metadata
  modules query import untaint taint -version --version -help --help -v version
`), APPLY_VALUE_FLAGS = wordSet(`
  backup lock-timeout parallelism state state-out var var-file target replace exclude
  target-file exclude-file
`), SAVED_PLAN_FLAGS = wordSet(
  "auto-approve no-color lock lock-timeout parallelism input compact-warnings json"
), APPLY_ONLY_FLAGS = wordSet("auto-approve backup state-out");
function readTfArgs(argv, env) {
  let i = 0;
  for (; i < argv.length && (argv[i] ?? "").startsWith("-"); ) i++;
  let globals = argv.slice(0, i), sub = argv[i], chdirArg = globals.find((arg) => /^--?chdir=/.test(arg)), chdir = chdirArg?.slice(chdirArg.indexOf("=") + 1);
  if (sub === void 0) return { globals, sub, args: [], chdir };
  let extra = [];
  for (let name of ["TF_CLI_ARGS", `TF_CLI_ARGS_${sub.replace(/-/g, "_")}`]) {
    let split = splitArgs(env[name] ?? "");
    if (split === void 0) return { error: `${name} cannot be read as arguments; unset it` };
    extra.push(...split);
  }
  return { globals, sub, args: [...extra, ...argv.slice(i + 1)], chdir };
}
function splitArgs(text) {
  if (text.trim() === "") return [];
  try {
    let list = parseScript(text), words = list.items.flatMap((p) => p.commands.flatMap((c) => c.words));
    return list.items.length !== 1 || words.some((word) => !word.literal) ? void 0 : words.map((word) => word.text);
  } catch {
    return;
  }
}
function decideTerraform(family, call) {
  let { sub, args } = call, shown = `${family} ${sub ?? ""}`.trim();
  if (sub === void 0 || HARMLESS.has(sub)) return PASS;
  switch (sub) {
    case "destroy":
      return refuse(`${shown} deletes everything in the state with no plan to assess; ${PERSON}`);
    case "apply":
      return decideApply(family, call);
    case "init":
      return decideInit(shown, args);
    case "state":
      return decideState(family, args);
    case "workspace":
      return args.some((arg) => arg === "delete") ? refuse(`${family} workspace delete drops a workspace's state; ${PERSON}`) : PASS;
    case "force-unlock":
      return refuse(
        `${shown} breaks another run's lock on the state, which can corrupt it; ${PERSON}`
      );
    case "refresh":
      return refuse(
        `${shown} rewrites the state with no plan to assess; use ${family} apply -refresh-only, which destroy-guard assesses`
      );
    case "test":
      return refuse(
        `${shown} creates and destroys real infrastructure outside any assessed plan; ${PERSON}`
      );
    default:
      return refuse(
        `destroy-guard does not know \`${shown}\`, so it refuses it; run it by hand if it is safe`
      );
  }
}
function decideInit(shown, args) {
  let flag = args.find((arg) => /^--?(?:reconfigure|migrate-state|force-copy)(?:=|$)/.test(arg));
  return flag === void 0 ? PASS : refuse(
    `${shown} ${flag} points Terraform at another state (the first step of the 2026 incident); ${PERSON}`
  );
}
function decideState(family, args) {
  let sub = args.find((arg) => !arg.startsWith("-"));
  return sub === void 0 || sub === "list" || sub === "show" || sub === "pull" ? PASS : refuse(
    `${family} state ${sub} edits the state by hand, outside any plan destroy-guard can assess; ${PERSON}`
  );
}
function decideApply(family, call) {
  let { args } = call;
  if (args.some((arg) => /^--?destroy(?:=(?!false)|$)/.test(arg)))
    return refuse(
      `${family} apply -destroy deletes everything in the state with no plan to assess; ${PERSON}`
    );
  let positionals = [], planArgs = [], applyArgs = [];
  for (let k = 0; k < args.length; k++) {
    let arg = args[k] ?? "";
    if (positionals.length > 0 || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      positionals.push(...args.slice(k + 1));
      break;
    }
    let name = arg.replace(/^--?/, "").split("=")[0] ?? "", option = !arg.includes("=") && APPLY_VALUE_FLAGS.has(name) ? [arg, args[++k] ?? ""] : [arg];
    APPLY_ONLY_FLAGS.has(name) || planArgs.push(...option), SAVED_PLAN_FLAGS.has(name) && applyArgs.push(...option);
  }
  return positionals.length > 1 ? refuse(
    `${family} apply names more than one plan (${positionals.join(", ")}); ${planFix(family)}`
  ) : {
    kind: "apply",
    call: {
      family,
      globals: call.globals,
      plan: positionals[0],
      planArgs,
      applyArgs,
      chdir: call.chdir
    }
  };
}
var ALL_COMMANDS = /* @__PURE__ */ new Set([
  "run-all",
  "destroy-all",
  "apply-all",
  "plan-all",
  "output-all",
  "validate-all"
]), TF_PATH_FLAGS = /^--(?:terragrunt-)?tf-?path(?:=|$)/;
function decideTerragrunt(argv, env, isGuardedBinary2) {
  let tfPath = argv.find((arg) => TF_PATH_FLAGS.test(arg)) ?? (env.TG_TF_PATH !== void 0 || env.TERRAGRUNT_TFPATH !== void 0 ? `TG_TF_PATH=${env.TG_TF_PATH ?? env.TERRAGRUNT_TFPATH ?? ""}` : void 0);
  if (tfPath !== void 0) {
    let value = tfPath.includes("=") ? tfPath.slice(tfPath.indexOf("=") + 1) : "";
    if (!isGuardedBinary2(value))
      return refuse(
        `terragrunt ${tfPath} runs a terraform the destroy-guard shim does not guard; drop it so terragrunt finds terraform on PATH`
      );
  }
  if (argv.some((arg) => /^--?destroy(?:=(?!false)|$)/.test(arg)))
    return refuse(`terragrunt with -destroy deletes what the units manage; ${PERSON}`);
  let { bare, flags } = splitTerragruntFlags(argv), words = bare.filter((arg) => !arg.startsWith("-")), sub = words[0];
  if (sub === void 0) return PASS;
  let all = ALL_COMMANDS.has(sub) || argv.some((arg) => arg === "--all" || arg === "-all" || /^--(?:terragrunt-)?graph/.test(arg)) || sub === "stack" && words[1] === "run", inner = innerTfCommand(bare, sub);
  if (sub === "destroy-all" || sub === "apply-all" || all && /^(?:apply|destroy)$/.test(inner ?? ""))
    return refuse(
      `terragrunt ${sub}${inner === void 0 ? "" : ` ${inner}`} applies or destroys many units at once; plan and apply each unit's saved plan on its own, or ${PERSON}`
    );
  if (all) return PASS;
  let tfArgv = sub === "run" || sub === "exec" ? afterRun(bare) : bare, tf = readTfArgs(tfArgv, env);
  if ("error" in tf) return refuse(`terragrunt: ${tf.error}`);
  if (tf.sub === void 0) return PASS;
  let decision = decideTerraform("terraform", tf);
  return decision.kind === "refuse" ? refuse(decision.reason.replace(/^terraform /, "terragrunt ")) : decision.kind === "apply" ? {
    kind: "apply",
    call: {
      ...decision.call,
      family: "terragrunt",
      globals: flags
    }
  } : decision;
}
function innerTfCommand(argv, sub) {
  let at2 = argv.indexOf(sub);
  return argv.slice(at2 + 1).find((arg) => !arg.startsWith("-") && arg !== "run");
}
function afterRun(argv) {
  let dashes = argv.indexOf("--");
  if (dashes >= 0) return argv.slice(dashes + 1);
  let at2 = argv.findIndex((arg) => arg === "run" || arg === "exec");
  return argv.slice(at2 + 1);
}
var VALUE_FLAGS = new Set(
  [
    "working-dir",
    "config",
    "log-level",
    "tf-path",
    "tfpath",
    "source",
    "download-dir",
    "iam-assume-role",
    "parallelism",
    "queue-include-dir",
    "queue-exclude-dir",
    "include-dir",
    "exclude-dir",
    "log-format",
    "provider-cache-dir",
    "filter"
  ].flatMap((name) => [`--${name}`, `--terragrunt-${name}`])
);
function splitTerragruntFlags(argv) {
  let out = [], flags = [];
  for (let k = 0; k < argv.length; k++) {
    let arg = argv[k] ?? "";
    if (arg === "--") {
      out.push(...argv.slice(k));
      break;
    }
    arg.startsWith("--") ? !arg.includes("=") && VALUE_FLAGS.has(arg) ? flags.push(arg, argv[++k] ?? "") : flags.push(arg) : out.push(arg);
  }
  return { bare: out, flags };
}
var KUBE_DATA_KINDS = wordSet(`
  pvc pvcs persistentvolumeclaim persistentvolumeclaims pv pvs persistentvolume persistentvolumes
  ns namespace namespaces sts statefulset statefulsets crd crds customresourcedefinition
  customresourcedefinitions volumesnapshot volumesnapshots all
`);
function decideKubectl(args) {
  let words = args.filter((arg) => !arg.startsWith("-"));
  if (words[0] !== "delete") return PASS;
  let kinds = words.slice(1).flatMap((word) => word.split(",")).map((word) => (word.split("/")[0] ?? "").split(".")[0]?.toLowerCase() ?? ""), fromFile = args.some(
    (arg) => /^(?:-f|--filename|-k|--kustomize)(?:=|$)/.test(arg) || /^-[a-z]*f$/.test(arg)
  ), all = args.some((arg) => arg === "--all" || arg === "-A" || arg === "--all-namespaces");
  return kinds.some((kind) => KUBE_DATA_KINDS.has(kind)) || fromFile || all ? refuse(
    `kubectl delete ${words.slice(1).join(" ")} can delete volumes or a namespace with their data; ${PERSON}`.replace(
      /\s+;/,
      ";"
    )
  ) : PASS;
}
function decideHelm(args) {
  let words = args.filter((arg) => !arg.startsWith("-"));
  return /^(?:uninstall|delete|del|un)$/.test(words[0] ?? "") ? refuse(
    `helm ${words[0] ?? ""} removes a release and can take its volumes (databases often live in one); ${PERSON}`
  ) : PASS;
}
var TF_IMAGE = /(?:^|\/)(?:terraform|opentofu|tofu|terragrunt|docker-terragrunt|cdktf|atmos|pulumi|terraform-[\w-]+|tf-[\w-]+)$/, RUN_VALUE_OPTIONS = wordSet(`
  -v --volume -e --env --env-file -w --workdir -u --user --name --network --net -p --publish
  --mount -l --label --platform --entrypoint -h --hostname --add-host --pull --cpus -m --memory
  --device --group-add --security-opt --cap-add --cap-drop --ulimit --tmpfs --restart --dns
  --log-driver --log-opt --ipc --pid --shm-size --runtime --stop-signal --cidfile --secret
`);
function decideContainer(tool, args) {
  let words = args.filter((arg) => !arg.startsWith("-")), volumes = volumeRefusal(tool, words, args);
  if (volumes !== void 0) return volumes;
  let runAt = args.findIndex((arg) => arg === "run" || arg === "create");
  if (runAt < 0 || words[0] !== "run" && words[0] !== "create" && words[0] !== "container")
    return PASS;
  let k = runAt + 1, entrypoint = false;
  for (; k < args.length; k++) {
    let arg = args[k] ?? "";
    if (!arg.startsWith("-")) break;
    /^--entrypoint/.test(arg) && (entrypoint = true), !arg.includes("=") && RUN_VALUE_OPTIONS.has(arg) && k++;
  }
  let image = args[k];
  if (image === void 0) return PASS;
  let repo = image.replace(/@.*$/, "").replace(/:[^/]*$/, "");
  if (!TF_IMAGE.test(repo)) return PASS;
  if (entrypoint)
    return refuse(
      `${tool} run ${image} with --entrypoint runs Terraform where destroy-guard cannot see it; run terraform on this machine, where the shim guards it`
    );
  let inner = decideEmbedded(baseName(repo), args.slice(k + 1));
  if (inner.kind === "pass") return PASS;
  let why = inner.kind === "refuse" ? inner.reason : "an apply inside a container cannot be assessed";
  return refuse(
    `${tool} run ${image}: ${why}; run terraform on this machine, where the shim guards it`
  );
}
function volumeRefusal(tool, words, args) {
  let withVolumes = args.some((arg) => arg === "-v" || arg === "--volumes");
  return words[0] === "compose" && words.includes("down") && withVolumes || words[0] === "volume" && /^(?:rm|remove|prune)$/.test(words[1] ?? "") || words[0] === "system" && words[1] === "prune" && withVolumes ? refuse(
    `${tool} ${words.slice(0, 2).join(" ")} deletes volumes and the data in them; ${PERSON}`
  ) : void 0;
}
function decideEmbedded(name, args) {
  if (name === "terragrunt" || name === "docker-terragrunt")
    return decideTerragrunt(args, {}, () => false);
  if (name === "cdktf") return decideCdktf(args);
  if (name === "pulumi") return decidePulumi(args);
  if (name === "atmos") return decideAtmos(args);
  let first = args[0], tfArgs = first !== void 0 && isTfName(baseName(first)) ? args.slice(1) : args, tf = readTfArgs(tfArgs, {});
  if ("error" in tf) return refuse(tf.error);
  let family = tfFamily(name === "opentofu" ? "tofu" : name) === "tofu" ? "tofu" : "terraform";
  return decideTerraform(family, tf);
}
function decideCdktf(args) {
  let sub = args.find((arg) => !arg.startsWith("-"));
  return sub === "destroy" ? refuse(`cdktf destroy deletes every resource of the stack; ${PERSON}`) : sub === "deploy" || sub === "apply" ? refuse(
    `cdktf ${sub} applies without a saved plan destroy-guard can assess; run cdktf synth, then terraform plan -out=tfplan and terraform apply tfplan in cdktf.out/stacks/STACK`
  ) : PASS;
}
function decidePulumi(args) {
  let words = args.filter((arg) => !arg.startsWith("-")), sub = words[0];
  return sub === "destroy" || sub === "down" ? refuse(`pulumi ${sub} deletes every resource of the stack; ${PERSON}`) : sub === "up" || sub === "update" ? refuse(
    `pulumi ${sub} changes infrastructure with no plan destroy-guard can read; a person runs it after reviewing pulumi preview`
  ) : sub === "stack" && words[1] === "rm" || sub === "state" && words[1] === "delete" ? refuse(`pulumi ${words.slice(0, 2).join(" ")} drops state; ${PERSON}`) : PASS;
}
function decideAtmos(args) {
  let words = args.filter((arg) => !arg.startsWith("-"));
  if (words[0] !== "terraform" && words[0] !== "helmfile") return PASS;
  let sub = words[1] ?? "";
  return /^(?:apply|deploy|destroy)$/.test(sub) || args.some((arg) => /^--?destroy$/.test(arg)) ? refuse(
    `atmos ${words[0]} ${sub} applies or destroys a stack where destroy-guard cannot assess the plan; plan with atmos terraform plan and apply the saved plan with terraform, or ${PERSON}`
  ) : sub === "workspace" && words.includes("delete") ? refuse(`atmos terraform workspace delete drops state; ${PERSON}`) : PASS;
}
var JUDGES = {
  aws: decideAws,
  gcloud: decideGcloud,
  gsutil: decideGsutil,
  bq: decideBq,
  az: decideAz,
  kubectl: decideKubectl,
  oc: decideKubectl,
  helm: decideHelm,
  docker: (args) => decideContainer("docker", args),
  podman: (args) => decideContainer("podman", args),
  nerdctl: (args) => decideContainer("nerdctl", args),
  cdktf: decideCdktf,
  pulumi: decidePulumi,
  atmos: decideAtmos
}, GUARDED_PROGRAMS = [
  "terraform",
  "tofu",
  "terragrunt",
  ...Object.keys(JUDGES)
];
function decideProgram(name, args, env, isGuardedBinary2) {
  if (isTfName(name)) {
    let family = tfFamily(name);
    if (family === "terragrunt") return decideTerragrunt(args, env, isGuardedBinary2);
    let call = readTfArgs(args, env);
    return "error" in call ? { kind: "refuse", reason: `${family}: ${call.error}` } : decideTerraform(family, call);
  }
  let judge = JUDGES[name];
  return judge === void 0 ? PASS : judge(args);
}
var DANGER = [
  /\b(?:terraform|tofu|terragrunt|cdktf|pulumi|atmos)\b.*?\b(?:destroy|destroy-all|apply-all|down)\b/,
  /(?:^|\s)--?destroy\b/,
  /\bstate\s+(?:push|rm|mv|replace-provider)\b/,
  /(?:^|\s)--?(?:reconfigure|migrate-state|force-copy)\b/,
  /\bworkspace\s+delete\b/,
  /\bforce-unlock\b/,
  /\/(?:terraform|tofu|terragrunt)\s+(?:\S+\s+)*?apply\b/,
  /\b(?:hashicorp\/terraform|opentofu\/opentofu|ghcr\.io\/opentofu)\b/,
  /\.tfstate\b/,
  /(?:^|[\s/])\.terraform\//,
  /\b(?:delete|remove|purge)-(?:db-\w+|global-cluster|table|backup|bucket|objects|cluster|cache-cluster|replication-group|file-system|volume|snapshot|domain|secret|vault|stream|ledger|keyspace)\b/,
  /\bschedule-key-deletion\b/,
  /\bs3\s+rb\b/,
  /\bs3\s+(?:rm|sync|mv)\b.*?--(?:recursive|delete)\b/,
  /\bgsutil\s+(?:-\w+\s+)*(?:rm|rb)\b/,
  /\bgcloud\b.*?\b(?:delete|rm)\b/,
  /\bstorage\s+rm\b/,
  /\bbq\s+rm\b/,
  /\baz\s+(?:sql|cosmosdb|storage|keyvault|postgres|mysql|mariadb|redis|group|disk|snapshot|backup|aks)\b.*?\b(?:delete|purge|delete-batch)\b/,
  /\bkubectl\b.*?\bdelete\s+(?:\S+\s+)*?(?:pvc|pv|persistentvolume\w*|namespaces?|ns|statefulsets?|sts|crds?|all)\b/,
  /\bhelm\s+(?:uninstall|delete|del|un)\b/,
  /\b(?:docker|podman)\s+(?:volume\s+(?:rm|prune)|system\s+prune)\b/
];
function normalize(text) {
  return text.replace(/["'`,()[\]{};]/g, " ").replace(/\\\s*\n/g, " ");
}
function dangerousLine(text) {
  for (let line of normalize(text).split(`
`)) {
    let flat = line.replace(/\s+/g, " ").trim();
    if (DANGER.some((pattern) => pattern.test(flat)))
      return flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat;
  }
}
var STATE_FILE = /(?:^|\/)[^/]*\.tfstate(?:\.[^/]*)?$/, DATA_DIR = /(?:^|\/)\.terraform(?:\/|$)/;
function isStatePath(text) {
  return STATE_FILE.test(text) || DATA_DIR.test(text);
}
var READERS = wordSet(`
  cat less more head tail grep egrep fgrep zgrep rg ag ack jq yq wc ls stat file diff cmp
  sha256sum sha1sum md5sum shasum b2sum du tree realpath readlink basename dirname test [ [[
  echo printf strings hexdump xxd od type which
`), GIT_READS = wordSet("status log diff show blame ls-files add grep check-ignore"), COPIERS = wordSet("cp mv rsync ln install ditto scp rclone rsync-ssl"), OUTPUT_REDIRECTS = /* @__PURE__ */ new Set([">", ">>", ">|", "&>", "&>>", "<>"]);
function stateRefusal(record2) {
  let redirect = record2.redirects.find(
    (r) => OUTPUT_REDIRECTS.has(r.op) && isStatePath(r.target.text)
  );
  if (redirect !== void 0) return `it writes over ${redirect.target.text}`;
  let program = record2.words[record2.index];
  if (program === void 0 || !program.literal) return;
  let name = commandName(program), args = record2.words.slice(record2.index + 1);
  if (isTfName(name)) return;
  if (name === "tar" || name === "bsdtar" || name === "gtar") return tarRefusal(args, record2.cwd);
  if (name === "unzip") return unzipRefusal(args, record2.cwd);
  if (unpacksBlind(name, args)) return `${name} unpacks an archive destroy-guard does not list`;
  let named = args.find((word) => isStatePath(word.text));
  if (name === "rm" || name === "unlink" || name === "shred" || name === "rmdir")
    return named === void 0 ? void 0 : `it deletes ${named.text}`;
  if (COPIERS.has(name)) return copyRefusal(name, args, record2.cwd);
  if (!(named === void 0 || READERS.has(name)) && !(name === "find" && !args.some((word) => /^-(?:delete|exec|execdir|ok)$/.test(word.text))) && !(name === "git" && GIT_READS.has(args.find((word) => !word.text.startsWith("-"))?.text ?? "")))
    return `\`${name}\` would change ${named.text}`;
}
function copyRefusal(name, args, cwd) {
  let operands = args.filter((word) => !word.text.startsWith("-")), targetFlag = args.findIndex((word) => /^(?:-t|--target-directory)(?:=|$)/.test(word.text)), target = targetFlag >= 0 ? args[targetFlag + 1] : operands[operands.length - 1], sources = targetFlag >= 0 ? operands : operands.slice(0, -1);
  if (target === void 0) return;
  if (isStatePath(target.text)) return `it writes ${target.text}`;
  let stateSource = sources.find((word) => isStatePath(word.text));
  if (stateSource !== void 0 && (name === "mv" || isDirectory(target, cwd)))
    return `it moves or copies ${stateSource.text} into place`;
  let hidden = sources.find((word) => holdsState(word, cwd));
  return hidden === void 0 ? void 0 : `it copies ${hidden.text}, which holds Terraform state`;
}
function isDirectory(word, cwd) {
  if (/(?:^|\/)\.{0,2}$|\/$/.test(word.text)) return true;
  try {
    return (0, import_node_fs2.statSync)(import_node_path3.default.resolve(cwd ?? ".", expandTilde(word))).isDirectory();
  } catch {
    return false;
  }
}
function holdsState(word, cwd) {
  if (cwd === void 0) return !word.literal;
  let text = expandTilde(word), glob = text.search(/[*?[]/), dir = import_node_path3.default.resolve(cwd, glob < 0 ? text : import_node_path3.default.dirname(text.slice(0, glob + 1)));
  return scan(dir, 3);
}
function scan(dir, depth) {
  let entries;
  try {
    if (!(0, import_node_fs2.statSync)(dir).isDirectory()) return false;
    entries = (0, import_node_fs2.readdirSync)(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some(
    (entry) => isStatePath(entry.name) || entry.isDirectory() && depth > 0 && scan(import_node_path3.default.join(dir, entry.name), depth - 1)
  );
}
function unpacksBlind(name, args) {
  let texts = args.map((word) => word.text);
  return name === "7z" || name === "7za" ? texts[0] === "x" || texts[0] === "e" : name === "cpio" ? texts.some((t) => /^-[A-Za-z]*i/.test(t) || t === "--extract") : name === "pax" ? texts.some((t) => /^-[A-Za-z]*r/.test(t)) : false;
}
function tarRefusal(args, cwd) {
  let first = args[0]?.text ?? "", bundle = first.startsWith("-") ? "" : first;
  if (!(/x/.test(bundle) || args.some(
    (word) => /^-[A-Za-z]*x/.test(word.text) || word.text === "--extract" || word.text === "--get"
  ))) return;
  let archive = tarArchive(args, bundle);
  return archive === void 0 || archive.text === "-" || !archive.literal ? "tar unpacks an archive from standard input or an unknown file, which may hold Terraform state" : listedState("tar", ["-tf", resolveIn(cwd, archive)], cwd, archive.text);
}
function tarArchive(args, bundle) {
  for (let k = 0; k < args.length; k++) {
    let word = args[k];
    if (word === void 0) continue;
    let text = word.text;
    if (text.startsWith("--file=")) return { ...word, text: text.slice(7) };
    if (text === "--file" || /^-[A-Za-z]*f$/.test(text) || k === 0 && bundle.includes("f")) return args[k + 1];
    if (/^-[A-Za-z]*f./.test(text)) return { ...word, text: text.slice(text.indexOf("f") + 1) };
  }
}
function unzipRefusal(args, cwd) {
  if (args.some((word) => /^-[A-Za-z]*[lZv]/.test(word.text))) return;
  let archive = args.find((word) => !word.text.startsWith("-"));
  return archive === void 0 || !archive.literal ? "unzip unpacks an archive destroy-guard cannot list" : listedState("unzip", ["-Z1", resolveIn(cwd, archive)], cwd, archive.text);
}
function resolveIn(cwd, word) {
  return import_node_path3.default.resolve(cwd ?? ".", expandTilde(word));
}
function listedState(tool, args, cwd, shown) {
  let listing = (0, import_node_child_process.spawnSync)(tool, args, {
    cwd: cwd ?? ".",
    encoding: "utf8",
    maxBuffer: 67108864,
    timeout: 2e4
  });
  if (listing.error !== void 0 || listing.status !== 0)
    return `${tool} unpacks ${shown}, which destroy-guard could not list to see whether it holds Terraform state`;
  let member = listing.stdout.split(`
`).find((line) => isStatePath(line.trim().replace(/\/$/, "/")));
  return member === void 0 ? void 0 : `${tool} unpacks ${member.trim()} from ${shown} over the working state`;
}
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/, WRAPPERS = {
  sudo: { value: ["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "-T"], resetsPath: true },
  doas: { value: ["-u", "-C"], resetsPath: true },
  env: {
    value: ["-u", "-C", "-S", "--unset", "--chdir", "--split-string"],
    assignments: true,
    clear: ["-i", "--ignore-environment", "-"]
  },
  command: { clear: ["-p"] },
  builtin: {},
  exec: { value: ["-a"] },
  nohup: {},
  time: { value: ["-f", "-o", "--format", "--output"] },
  nice: { value: ["-n", "--adjustment"] },
  ionice: { value: ["-c", "-n", "-p", "--class", "--classdata"] },
  timeout: { value: ["-s", "-k", "--signal", "--kill-after"], positionals: 1 },
  stdbuf: { value: ["-i", "-o", "-e", "--input", "--output", "--error"] },
  setsid: {},
  unbuffer: {},
  chronic: {},
  "aws-vault": {
    sub: ["exec"],
    value: ["-d", "-t", "-r", "--duration", "--region"],
    positionals: 1
  },
  asdf: { sub: ["exec"] },
  direnv: { sub: ["exec"], positionals: 1 },
  mise: { sub: ["exec", "x"], dashdash: true },
  op: { sub: ["run"], dashdash: true },
  doppler: { sub: ["run"], dashdash: true },
  infisical: { sub: ["run"], dashdash: true },
  dotenv: { dashdash: true }
};
function unwrap(words) {
  let out = { index: 0, assignments: {}, dynamic: /* @__PURE__ */ new Set(), cleared: false }, i = 0;
  for (; i < words.length && ASSIGNMENT.test(words[i]?.text ?? ""); ) addAssignment(out, words[i++]);
  for (let rounds = 0; rounds < 16 && i < words.length; rounds++) {
    let word = words[i];
    if (word === void 0 || !word.literal) break;
    let spec = WRAPPERS[commandName(word)];
    if (spec === void 0 || commandName(word) === "command" && /^-[vV]$/.test(words[i + 1]?.text ?? "")) break;
    let next = skipWrapper(words, i + 1, spec, out);
    if (next === void 0) break;
    i = next;
  }
  return { ...out, index: i };
}
function skipWrapper(words, from, spec, out) {
  let j = from;
  if (spec.resetsPath === true && (out.cleared = true), spec.sub !== void 0) {
    if (!spec.sub.includes(words[j]?.text ?? "")) return;
    j++;
  }
  if (spec.dashdash) {
    let dashes = words.findIndex((w, k) => k >= j && w.text === "--");
    return dashes < 0 ? void 0 : dashes + 1;
  }
  let positionals = spec.positionals ?? 0;
  for (; j < words.length; ) {
    let text = words[j]?.text ?? "";
    if (text === "--") return j + 1;
    if (spec.assignments === true && ASSIGNMENT.test(text)) {
      addAssignment(out, words[j]), j++;
      continue;
    }
    if (spec.clear?.includes(text) === true && (out.cleared = true), /^(?:-u|--unset)=?$/.test(text) && words[j + 1]?.text === "PATH" && (out.cleared = true), (text === "--unset=PATH" || text === "-uPATH") && (out.cleared = true), text.startsWith("-") && text !== "-") {
      j += !text.includes("=") && spec.value?.includes(text) === true ? 2 : 1;
      continue;
    }
    if (text === "-" && spec.clear?.includes("-") === true) {
      j++;
      continue;
    }
    if (positionals > 0) {
      positionals--, j++;
      continue;
    }
    break;
  }
  return j;
}
function addAssignment(out, word) {
  if (word === void 0) return;
  let equals = word.text.indexOf("="), name = word.text.slice(0, equals).replace(/\+$/, "");
  out.assignments[name] = word.text.slice(equals + 1), word.literal ? out.dynamic.delete(name) : out.dynamic.add(name);
}
var MAX_SCRIPT_BYTES = 1024 * 1024, SHELLS = wordSet("sh bash zsh dash ksh mksh ash yash fish"), INTERPRETERS = {
  python: ["-c"],
  python3: ["-c"],
  python2: ["-c"],
  node: ["-e", "--eval", "-p", "--print"],
  nodejs: ["-e", "--eval", "-p", "--print"],
  deno: ["eval"],
  bun: ["-e", "--eval"],
  perl: ["-e", "-E"],
  ruby: ["-e"],
  php: ["-r"],
  lua: ["-e"],
  Rscript: ["-e"],
  osascript: ["-e"]
}, FILE_PRINTERS = wordSet("cat head tail tac less more");
function innerCode(record2) {
  let { words, index, cwd } = record2, program = words[index];
  if (program === void 0 || !program.literal) return [];
  let name = commandName(program), shell = (text, sameShell = false, fromFile = false) => text === void 0 ? [] : [{ text, shell: true, sameShell, fromFile }], fedText = [
    ...record2.heredocs.map((doc) => doc.body),
    ...record2.herestrings.map((word) => word.text),
    ...record2.redirects.filter((r) => r.op === "<").flatMap((r) => readable(r.target, cwd))
  ];
  if (SHELLS.has(name)) {
    let operands = shellOperands(words, index);
    return operands.command ? shell(operands.operand?.text) : operands.operand !== void 0 && !operands.stdin ? shell(readScript(operands.operand, cwd), false, true) : fedText.flatMap((text) => shell(text));
  }
  if (name === "eval")
    return shell(
      words.slice(index + 1).map((word) => word.text).join(" "),
      true
    );
  if (name === "source" || name === ".") {
    let file = words[index + 1];
    return file === void 0 ? [] : shell(readScript(file, cwd), true, true);
  }
  let codeFlags = INTERPRETERS[name.replace(/[\d.]+$/, "")] ?? INTERPRETERS[name];
  return codeFlags !== void 0 ? interpreterCode(words, index, codeFlags, cwd, fedText) : record2.asCode && FILE_PRINTERS.has(name) ? words.slice(index + 1).flatMap((word) => shell(readScript(word, cwd), false, true)) : program.text.includes("/") && !isTfName(name) && !/^guarded-apply(?:\.sh)?$/.test(name) ? scriptByPath(program, cwd) : [];
}
function interpreterCode(words, index, codeFlags, cwd, fedText) {
  let out = fedText.map((text) => ({
    text,
    shell: false,
    sameShell: false,
    fromFile: true
  })), args = words.slice(index + 1), flagAt = args.findIndex((word) => codeFlags.includes(word.text)), code = flagAt >= 0 ? args[flagAt + 1] : void 0;
  if (code !== void 0)
    out.push({ text: code.text, shell: false, sameShell: false, fromFile: false });
  else {
    let file = args.find((word) => !word.text.startsWith("-")), text = file === void 0 ? void 0 : readScript(file, cwd);
    text !== void 0 && out.push({ text, shell: false, sameShell: false, fromFile: true });
  }
  return out;
}
function scriptByPath(program, cwd) {
  let text = readScript(program, cwd);
  if (text === void 0) return [];
  let first = text.split(`
`, 1)[0] ?? "", isShell = first.startsWith("#!") ? /^#!\s*\S*?(?:\/|\benv\s+(?:-\S+\s+)*)(?:ba|z|da|k|mk|a|ya)?sh\b/.test(first) : program.text.endsWith(".sh");
  return [{ text, shell: isShell, sameShell: false, fromFile: true }];
}
function shellOperands(words, index) {
  let command = false, stdin = false, j = index + 1;
  for (; j < words.length; j++) {
    let text = words[j]?.text ?? "";
    if (text === "--" || text === "-") {
      j++;
      break;
    }
    if (text.startsWith("--")) {
      (text === "--rcfile" || text === "--init-file") && j++;
      continue;
    }
    if (!/^[-+][A-Za-z]+$/.test(text)) break;
    text[0] === "-" && text.includes("c") && (command = true), text[0] === "-" && text.includes("s") && (stdin = true), /[oO]/.test(text.slice(1)) && j++;
  }
  return { command, stdin, operand: words[j] };
}
function readsCodeFromStdin(words) {
  let shape = unwrap(words), program = words[shape.index];
  if (program === void 0 || !program.literal) return false;
  let name = commandName(program);
  if (INTERPRETERS[name.replace(/[\d.]+$/, "")] !== void 0 || INTERPRETERS[name] !== void 0)
    return words.length === shape.index + 1 || words[shape.index + 1]?.text === "-";
  if ((name === "source" || name === ".") && /^\/dev\/(?:stdin|fd\/0)$/.test(words[shape.index + 1]?.text ?? ""))
    return true;
  if (!SHELLS.has(name)) return false;
  let shell = shellOperands(words, shape.index);
  return !shell.command && (shell.operand === void 0 || shell.stdin);
}
function readable(word, cwd) {
  let text = readScript(word, cwd);
  return text === void 0 ? [] : [text];
}
function readScript(word, cwd) {
  if (!word.literal || cwd === void 0) return;
  let file = import_node_path5.default.resolve(cwd, expandTilde(word));
  try {
    let stats = (0, import_node_fs3.statSync)(file);
    return !stats.isFile() || stats.size > MAX_SCRIPT_BYTES ? void 0 : (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch {
    return;
  }
}
var MAX_DEPTH = 8, PREFIX_KEYWORDS = wordSet("! { } if then else elif fi do done while until esac coproc"), HEADER_KEYWORDS = wordSet("for select case");
function collectCommands(source, cwd) {
  let records = [];
  return collectSource(source, { cwd, env: {}, dynamic: /* @__PURE__ */ new Set() }, { asCode: false, depth: 0 }, records), records;
}
function collectSource(source, state, ctx, records, fromFile = false) {
  let list;
  try {
    list = parseScript(source);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    records.push({ kind: "source", text: source, shell: true, fromFile, error: error.message });
    return;
  }
  records.push({ kind: "source", text: source, shell: true, fromFile, error: void 0 }), collectList(list, state, ctx, records);
}
function collectList(list, state, ctx, records) {
  for (let { commands } of list.items) {
    let codeBefore = -1;
    commands.forEach((command, i) => {
      i > 0 && command.kind === "simple" && readsCodeFromStdin(stripKeywords(command.words)) && (codeBefore = i);
    }), commands.forEach((command, i) => {
      let stageState = commands.length > 1 ? cloneState(state) : state, asCode = ctx.asCode || i < codeBefore;
      collectCommand(command, stageState, { ...ctx, asCode }, records);
    });
  }
}
function collectCommand(command, state, ctx, records) {
  let substituted = [
    ...command.words,
    ...command.redirects.map((r) => r.target),
    ...command.herestrings
  ];
  for (let word of substituted)
    for (let sub of word.subs) collectList(sub, cloneState(state), ctx, records);
  for (let doc of command.heredocs)
    for (let sub of doc.subs) collectList(sub, cloneState(state), ctx, records);
  if (command.kind === "subshell") {
    command.list !== void 0 && collectList(command.list, cloneState(state), ctx, records);
    return;
  }
  let words = stripKeywords(command.words), shape = unwrap(words), record2 = {
    kind: "command",
    words,
    index: shape.index,
    redirects: command.redirects,
    heredocs: command.heredocs,
    herestrings: command.herestrings,
    cwd: state.cwd,
    env: { ...state.env, ...shape.assignments },
    dynamic: /* @__PURE__ */ new Set([...state.dynamic, ...shape.dynamic]),
    cleared: shape.cleared,
    asCode: ctx.asCode
  };
  records.push(record2);
  for (let code of innerCode(record2))
    if (ctx.depth >= MAX_DEPTH)
      records.push({
        kind: "source",
        text: code.text,
        shell: false,
        fromFile: code.fromFile,
        error: "nested too deep"
      });
    else if (code.shell) {
      let inner = code.sameShell ? state : cloneState(state);
      collectSource(
        code.text,
        inner,
        { asCode: false, depth: ctx.depth + 1 },
        records,
        code.fromFile
      );
    } else
      records.push({
        kind: "source",
        text: code.text,
        shell: false,
        fromFile: code.fromFile,
        error: void 0
      });
  (shape.index === 0 || shape.index === words.length) && changeState(record2, state);
}
function stripKeywords(words) {
  let i = 0, isKeyword = (k, set) => words[k]?.literal === true && set.has(words[k]?.text ?? "");
  for (; i < words.length && isKeyword(i, PREFIX_KEYWORDS); ) i++;
  if (isKeyword(i, HEADER_KEYWORDS)) return [];
  if (words[i]?.literal === true && words[i]?.text === "function") {
    let brace = words.findIndex((w, k) => k > i && w.literal && w.text === "{");
    return brace < 0 ? [] : stripKeywords(words.slice(brace + 1));
  }
  return words.slice(i);
}
function changeState(record2, state) {
  let name = commandName(record2.words[record2.index]), args = record2.words.slice(record2.index + 1);
  if (name === "cd" || name === "pushd") {
    let target = args.find((word) => !/^-[LPe@]+$/.test(word.text) && word.text !== "--");
    target === void 0 ? state.cwd = name === "cd" ? (0, import_node_os2.homedir)() : void 0 : !target.literal || /^(?:-|[+-]\d+)$/.test(target.text) || state.cwd === void 0 ? state.cwd = void 0 : state.cwd = import_node_path4.default.resolve(state.cwd, expandTilde(target));
  } else if (name === "popd")
    state.cwd = void 0;
  else if (name === "export" || name === "declare" || name === "typeset" || name === "local") {
    let out = { assignments: state.env, dynamic: state.dynamic };
    for (let word of args) ASSIGNMENT.test(word.text) && addAssignment(out, word);
  }
  if (record2.words.length > 0 && record2.index === record2.words.length) {
    let out = { assignments: state.env, dynamic: state.dynamic };
    for (let word of record2.words) addAssignment(out, word);
  }
}
function cloneState(state) {
  return { cwd: state.cwd, env: { ...state.env }, dynamic: new Set(state.dynamic) };
}
var SHIM_MARKER = "# destroy-guard shim", DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function isShimFile(file) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(file, "r");
    let buffer = Buffer.alloc(512), read = (0, import_node_fs4.readSync)(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("utf8").includes(SHIM_MARKER);
  } catch {
    return false;
  } finally {
    fd !== void 0 && (0, import_node_fs4.closeSync)(fd);
  }
}
function isExecutableFile(file) {
  try {
    return (0, import_node_fs4.statSync)(file).isFile() ? ((0, import_node_fs4.accessSync)(file, import_node_fs4.constants.X_OK), true) : false;
  } catch {
    return false;
  }
}
function sameDir(a, b) {
  try {
    return (0, import_node_fs4.realpathSync)(a) === (0, import_node_fs4.realpathSync)(b);
  } catch {
    return import_node_path6.default.resolve(a) === import_node_path6.default.resolve(b);
  }
}
function pathDirs(value, cwd) {
  return (value === void 0 || value === "" ? DEFAULT_PATH : value).split(":").map((dir) => import_node_path6.default.resolve(cwd, dir === "" ? "." : dir));
}
function firstOnPath(name, value, cwd) {
  for (let dir of pathDirs(value, cwd)) {
    let file = import_node_path6.default.join(dir, name);
    if (isExecutableFile(file)) return file;
  }
}
function realBinary(name, shimDir, value, cwd) {
  for (let dir of pathDirs(value, cwd)) {
    if (sameDir(dir, shimDir)) continue;
    let file = import_node_path6.default.join(dir, name);
    if (isExecutableFile(file) && !isShimFile(file)) return file;
  }
}
async function assessSavedPlan(plan) {
  let json = import_node_path9.default.join(import_node_path9.default.dirname(plan.file), "plan.json"), out = (0, import_node_fs7.openSync)(json, "w", 384), show = (0, import_node_child_process3.spawnSync)(plan.binary, [...plan.globals, "show", "-json", plan.file], {
    cwd: plan.cwd,
    env: plan.env,
    stdio: ["ignore", out, "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  });
  if ((0, import_node_fs7.closeSync)(out), show.error !== void 0 || show.status !== 0) {
    let why = show.error?.message ?? firstLine(show.stderr) ?? `exit ${String(show.status)}`;
    return `could not read the saved plan (${plan.tool} show -json failed: ${why}); nothing was applied`;
  }
  try {
    let report = await (0, import_cli_chunk_EHXMJ2ZP.assessPlans)([json], {
      failOn: "high",
      statefulTypes: [],
      ignore: [],
      cwd: plan.cwd,
      workspace: plan.cwd,
      stdin: new import_node_stream.PassThrough()
    });
    if (report.verdict === "pass") return;
    let risky = report.findings.filter((finding) => finding.requiresApproval), listed = risky.slice(0, 3).map((f) => [f.kind, f.address].filter((x) => x !== "").join(" ")), more = risky.length > 3 ? `, and ${risky.length - 3} more` : "";
    return `destroy-guard BLOCKED this plan (risk ${report.risk}: ${listed.join(", ")}${more}); nothing was applied; a person must review the plan (${plan.tool} show -json PLAN | destroy-guard assess -) and apply it, or get it approved in a pull request`;
  } catch (error) {
    return `destroy-guard could not assess the plan (${(0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? ""}); nothing was applied`;
  }
}
function firstLine(text) {
  let lines = (text ?? "").replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").split(`
`).map((line) => line.replace(/[\u2502\u2577\u2575]/g, "").trim()).filter((line) => line !== "");
  return lines.find((line) => /\berror\b/i.test(line)) ?? lines[0];
}
var FILE = ".destroy-plans";
function isDestroyPlan(shimDir, digest) {
  try {
    return (0, import_node_fs8.readFileSync)(import_node_path10.default.join(shimDir, FILE), "utf8").split(`
`).includes(digest);
  } catch {
    return false;
  }
}
function rememberDestroyPlan(shimDir, digest) {
  try {
    return (0, import_node_fs8.appendFileSync)(import_node_path10.default.join(shimDir, FILE), `${digest}
`, { mode: 384 }), true;
  } catch {
    return false;
  }
}
function runReal(ctx, args, env = ctx.env) {
  let result = (0, import_node_child_process2.spawnSync)(ctx.binary, args, { cwd: ctx.cwd, env, stdio: "inherit" });
  return result.error !== void 0 ? ctx.refuse(`could not run ${ctx.binary}: ${result.error.message}`) : result.status !== null ? result.status : 128 + (result.signal === "SIGINT" ? 2 : result.signal === "SIGTERM" ? 15 : 9);
}
function withoutCliArgs(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^TF_CLI_ARGS(?:_|$)/.test(name))
  );
}
function sha256(bytes) {
  return (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
}
async function guardedApply(ctx, call) {
  let work = (0, import_node_fs6.mkdtempSync)(import_node_path8.default.join((0, import_node_os3.tmpdir)(), "destroy-guard-"));
  (0, import_node_fs6.chmodSync)(work, 448);
  try {
    return await applyIn(work, ctx, call);
  } finally {
    (0, import_node_fs6.rmSync)(work, { recursive: true, force: true });
  }
}
async function applyIn(work, ctx, call) {
  let tool = call.family, env = withoutCliArgs(ctx.env), copy = import_node_path8.default.join(work, "tfplan");
  if (call.plan === void 0) {
    let status = runReal(ctx, [...call.globals, "plan", `-out=${copy}`, ...call.planArgs], env);
    if (status !== 0)
      return ctx.refuse(`${tool} plan failed (exit ${status}); nothing was applied`);
  } else {
    let base = call.chdir === void 0 ? ctx.cwd : import_node_path8.default.resolve(ctx.cwd, call.chdir), bytes;
    try {
      bytes = (0, import_node_fs6.readFileSync)(import_node_path8.default.resolve(base, call.plan));
    } catch {
      return ctx.refuse(
        `cannot read the saved plan ${call.plan}; write it with ${tool} plan -out=${call.plan} first`
      );
    }
    if (isDestroyPlan(ctx.shimDir, sha256(bytes)))
      return ctx.refuse(
        `${call.plan} was saved by ${tool} plan -destroy: applying it deletes everything it manages; a person must do this at their own terminal after reviewing it`
      );
    (0, import_node_fs6.writeFileSync)(copy, bytes, { mode: 384 });
  }
  let why = await assessSavedPlan({
    binary: ctx.binary,
    tool,
    globals: call.globals,
    file: copy,
    cwd: ctx.cwd,
    env
  });
  return why !== void 0 ? ctx.refuse(why) : runReal(ctx, [...call.globals, "apply", ...call.applyArgs, copy], env);
}
var EXIT_REFUSED = 2, EXIT_NOT_FOUND = 127;
async function runShim(run2) {
  let refuse2 = (reason) => (run2.stderr(`destroy-guard: refused: ${reason.replace(/\s*\n\s*/g, " ")}
`), EXIT_REFUSED), binary = realBinary(run2.name, run2.shimDir, run2.env.PATH, run2.cwd);
  if (binary === void 0)
    return run2.stderr(
      `destroy-guard shim: ${run2.name}: command not found on PATH after ${run2.shimDir}; install ${run2.name} or put its directory on PATH
`
    ), EXIT_NOT_FOUND;
  let isGuarded = (value) => isGuardedBinary(value, run2.env, run2.cwd), decision = decideProgram(run2.name, run2.args, run2.env, isGuarded), ctx = { binary, shimDir: run2.shimDir, cwd: run2.cwd, env: run2.env, refuse: refuse2 };
  if (decision.kind === "refuse") return refuse2(decision.reason);
  if (decision.kind === "apply") return guardedApply(ctx, decision.call);
  let status = runReal(ctx, run2.args);
  return status === 0 && isTfName(run2.name) ? recordDestroyPlan(run2, ctx) : status;
}
function isGuardedBinary(value, env, cwd) {
  if (value === "") return false;
  let file = value.includes("/") ? import_node_path7.default.resolve(cwd, value) : firstOnPath(value, env.PATH, cwd);
  return file !== void 0 && isShimFile(file);
}
function recordDestroyPlan(run2, ctx) {
  let call = readTfArgs(run2.args, run2.env);
  if ("error" in call || call.sub !== "plan" || !call.args.some((arg) => /^--?destroy(?:=(?!false)|$)/.test(arg))) return 0;
  let out = outFile(call.args);
  if (out === void 0) return 0;
  let base = call.chdir === void 0 ? run2.cwd : import_node_path7.default.resolve(run2.cwd, call.chdir);
  try {
    if (rememberDestroyPlan(run2.shimDir, sha256((0, import_node_fs5.readFileSync)(import_node_path7.default.resolve(base, out))))) return 0;
  } catch {
    return 0;
  }
  return ctx.refuse(
    `could not record ${out} as a destroy plan in ${run2.shimDir}; delete ${out}, it must not be applied`
  );
}
function outFile(args) {
  for (let k = 0; k < args.length; k++) {
    let arg = args[k] ?? "", match = /^--?out(?:=(.*))?$/.exec(arg);
    if (match !== null) return match[1] ?? args[k + 1];
  }
}
function effectivePath(record2, env) {
  let assigned = record2.env.PATH;
  if (assigned === void 0) return record2.cleared ? DEFAULT_PATH : env.PATH ?? DEFAULT_PATH;
  if (!record2.dynamic.has("PATH")) return assigned;
  let expanded = assigned.replace(/\$\{PATH\}|\$PATH\b/g, env.PATH ?? "");
  return expanded.includes("$") || expanded.includes("`") ? void 0 : expanded;
}
function pathRefusal(record2, env) {
  if (!(record2.env.PATH !== void 0 || record2.cleared)) return;
  let value = effectivePath(record2, env);
  if (value === void 0)
    return "it sets PATH from an expansion destroy-guard cannot read, which may skip the shim";
  let cwd = record2.cwd ?? process.cwd();
  for (let name of GUARDED_PROGRAMS) {
    let before = firstOnPath(name, env.PATH, cwd), after = firstOnPath(name, value, cwd);
    if (after !== void 0 && after !== before)
      return `it changes PATH so that \`${name}\` is ${after} instead of ${before ?? "the guarded one"}; keep the destroy-guard shim directory first on PATH`;
  }
}
var GUARDED = new Set(GUARDED_PROGRAMS), INERT = wordSet(`
  echo printf cat tee less more head tail wc sort uniq diff grep egrep fgrep zgrep rg ag ack git
  man which type whereis help true false : test [ [[ ls pwd cd pushd popd dirs export unset set
  sleep date jq yq tree stat file realpath readlink basename dirname mkdir touch
`), CODE_PRINTERS = wordSet("echo printf cat head tail tac"), REMOTE = wordSet(
  "ssh mosh rsh docker podman nerdctl kubectl oc vagrant multipass lxc incus gcloud az aws"
), DESTROY_WORDS = wordSet("destroy destroy-all nuke teardown -destroy --destroy"), RISKY_WORDS = wordSet(
  "destroy apply -destroy --destroy destroy-all apply-all run-all delete rb purge uninstall push"
), DATA_FILE = /\.(?:tf|tfvars|hcl|md|txt|json|ya?ml|log|csv|lock)$/, OUTPUT_REDIRECTS2 = /* @__PURE__ */ new Set([">", ">>", ">|", "&>", "&>>"]);
function judgeShell(source, ctx) {
  let records = collectCommands(source, ctx.cwd);
  for (let record2 of records) {
    let why = record2.kind === "source" ? judgeSource(record2) : judgeRecord(record2, ctx);
    if (why !== void 0) return why;
  }
}
function judgeSource(record2) {
  if (record2.shell && record2.error !== void 0 && !record2.fromFile)
    return `refused: the command could not be read as shell (${record2.error}); write it as plain commands`;
  if (record2.shell && record2.error === void 0) return;
  let line = dangerousLine(record2.text);
  return line === void 0 ? void 0 : `refused: it runs code that does \`${line}\`, which destroy-guard cannot judge there; run the command itself so it can be judged`;
}
function judgeRecord(record2, ctx) {
  let env = { ...ctx.env, ...record2.env }, shown = display(record2.words.slice(record2.index)), withShown = (why) => why === void 0 ? void 0 : `refused \`${shown}\`: ${why}`;
  if (record2.env.DESTROY_GUARD_OVERRIDE !== void 0)
    return withShown(
      "it sets DESTROY_GUARD_OVERRIDE, which applies a plan destroy-guard blocked; only a person may"
    );
  let path13 = pathRefusal(record2, ctx.env);
  if (path13 !== void 0) return withShown(path13);
  let state = stateRefusal(record2);
  if (state !== void 0)
    return withShown(
      `${state}; replacing Terraform state is how the 2026 incident began; a person must do this at their own terminal`
    );
  let written = writtenDanger(record2);
  if (written !== void 0) return withShown(written);
  let program = record2.words[record2.index];
  if (program === void 0) return;
  let args = record2.words.slice(record2.index + 1);
  return program.literal ? withShown(judgeProgram(record2, program, args, env)) : args.some((word) => word.literal && RISKY_WORDS.has(word.text)) ? withShown(
    "the program is named by an expansion, so destroy-guard cannot tell what it is; run it by name"
  ) : void 0;
}
function judgeProgram(record2, program, args, env) {
  let name = commandName(program), cwd = record2.cwd ?? process.cwd();
  if (name === "hash" && args.some((word) => word.text.startsWith("-p")))
    return "hash -p points a name at another binary, around the shim";
  if (name === "alias" && args.some((word) => GUARDED.has(word.text.split("=")[0] ?? "")))
    return "an alias for a guarded program may skip the shim";
  if (name === "unset" && args.some((word) => word.text === "PATH"))
    return "unsetting PATH skips the shim";
  if (isTfName(name)) return judgeGuarded(record2, program, name, args, env, cwd);
  if (/^guarded-apply(?:\.sh)?$/.test(name)) return guardedApplyRefusal(args, env, cwd);
  if (GUARDED.has(name)) {
    let why = judgeGuarded(record2, program, name, args, env, cwd);
    if (why !== void 0) return why;
  }
  let at2 = args.findIndex(
    (word) => word.literal && (isTfName(commandName(word)) || GUARDED.has(commandName(word)))
  ), inner = args[at2];
  if (inner !== void 0 && !INERT.has(name)) {
    let why = judgeGuarded(record2, inner, commandName(inner), args.slice(at2 + 1), env, cwd);
    if (why !== void 0) return why;
    if (REMOTE.has(name) && decide(commandName(inner), args.slice(at2 + 1), env, cwd).kind !== "pass")
      return `\`${name}\` runs ${commandName(inner)} where the shim does not guard it; run it here`;
  }
  let hidden = hiddenCode(record2, name, args);
  if (hidden !== void 0) return hidden;
  if (!(record2.asCode && !INERT.has(name)) && !INERT.has(name) && args.some((word) => word.literal && DESTROY_WORDS.has(word.text)))
    return `it asks \`${name}\` to destroy something, which destroy-guard cannot see into; a person must run it`;
}
function hiddenCode(record2, name, args) {
  if (record2.asCode && !CODE_PRINTERS.has(name))
    return `it pipes what \`${name}\` prints into a shell or interpreter, code destroy-guard cannot read first; run the commands themselves`;
  let code = SHELLS.has(name) ? args[args.findIndex((word) => /^-[a-z]*c[a-z]*$/.test(word.text)) + 1] : void 0;
  if (code !== void 0 && args.some((w) => /^-[a-z]*c/.test(w.text)) && !code.literal || name === "eval" && args.some((w) => !w.literal))
    return `\`${name}\` runs code from an expansion, which destroy-guard cannot read first; run the commands themselves`;
  let program = record2.words[record2.index];
  if (program?.text.includes("/") === true && args.some((w) => w.literal && /^(?:apply|destroy)$/.test(w.text))) {
    let text = readScript(program, record2.cwd);
    if (text === void 0 || text.includes("\0"))
      return `it runs ${program.text} with apply or destroy, and destroy-guard cannot tell whether it is terraform; run terraform by name`;
  }
}
function guardedApplyRefusal(args, env, cwd) {
  if (args.some((word) => word.text === "--override") || env.DESTROY_GUARD_OVERRIDE !== void 0)
    return "its override applies a plan destroy-guard blocked; only a person may do that, at their own terminal";
  let terraform = env.TERRAFORM;
  if (terraform !== void 0 && !isGuardedBinary(terraform, env, cwd))
    return `TERRAFORM=${terraform} is not the destroy-guard shim; leave it unset`;
  if (env.DESTROY_GUARD !== void 0)
    return "DESTROY_GUARD replaces the guard itself; leave it unset";
}
function decide(name, args, env, cwd) {
  return decideProgram(
    name,
    args.map((word) => word.text),
    env,
    (value) => isGuardedBinary(value, env, cwd)
  );
}
function judgeGuarded(record2, program, name, args, env, cwd) {
  let decision = decide(name, args, env, cwd);
  if (decision.kind === "refuse") return decision.reason;
  let byPath = program.text.includes("/"), target = byPath ? pathOf(program.text, cwd) : firstOnPath(name, effectivePath(record2, env) ?? "", cwd), shimmed = target !== void 0 && isShimFile(target);
  if (decision.kind !== "pass" && !shimmed)
    return byPath ? `it runs ${program.text} by path, around the destroy-guard shim; run \`${name}\` by name with the shim first on PATH` : `${name} apply needs the destroy-guard shim to assess the plan, and \`${name}\` on PATH is not the shim; run destroy-guard shim DIR and put DIR first on PATH`;
}
function pathOf(text, cwd) {
  return text.startsWith("/") ? text : `${cwd}/${text}`;
}
function writtenDanger(record2) {
  let name = commandName(record2.words[record2.index]), scripts = [
    ...record2.redirects.filter((r) => OUTPUT_REDIRECTS2.has(r.op)).map((r) => r.target.text),
    ...name === "tee" ? record2.words.slice(record2.index + 1).map((word) => word.text) : []
  ].filter((target) => !DATA_FILE.test(target) && target !== "/dev/null");
  if (scripts.length === 0 && !record2.asCode) return;
  let text = [
    record2.words.slice(record2.index + (record2.asCode ? 0 : 1)).map((word) => word.text).join(" "),
    ...record2.heredocs.map((doc) => doc.body),
    ...record2.herestrings.map((word) => word.text)
  ].join(`
`), line = dangerousLine(text);
  if (line !== void 0)
    return record2.asCode ? `it feeds \`${line}\` to a shell or interpreter; run the command itself so it can be judged` : `it writes \`${line}\` into ${scripts[0] ?? "a file"}, a script that could run it later; run the command itself so it can be judged`;
}
function display(words) {
  let flat = words.map((word) => word.text).join(" ").replace(/\s+/g, " ").trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}\u2026` : flat;
}
function schemas() {
  return {
    claude: (0, import_cli_chunk_F4Q674BA.object)({
      tool_name: (0, import_cli_chunk_F4Q674BA.string)(),
      tool_input: (0, import_cli_chunk_F4Q674BA.object)({ command: (0, import_cli_chunk_F4Q674BA.string)() }).passthrough(),
      cwd: (0, import_cli_chunk_F4Q674BA.string)().optional()
    }),
    plain: (0, import_cli_chunk_F4Q674BA.object)({ command: (0, import_cli_chunk_F4Q674BA.string)(), cwd: (0, import_cli_chunk_F4Q674BA.string)().optional() })
  };
}
var NON_SHELL_TOOLS = /* @__PURE__ */ new Set([
  "Read",
  "Write",
  "Edit",
  "MultiEdit",
  "Glob",
  "Grep",
  "LS",
  "WebFetch",
  "WebSearch",
  "TodoWrite",
  "NotebookEdit",
  "Task"
]);
function readToolCall(raw) {
  let input;
  try {
    input = JSON.parse(raw);
  } catch {
    return { kind: "unreadable", reason: "standard input is not JSON" };
  }
  let { claude: ClaudeCall, plain: PlainCall } = schemas(), claude = ClaudeCall.safeParse(input);
  if (claude.success)
    return {
      kind: "shell",
      command: claude.data.tool_input.command,
      cwd: absolute(claude.data.cwd)
    };
  let plain = PlainCall.safeParse(input);
  if (plain.success)
    return { kind: "shell", command: plain.data.command, cwd: absolute(plain.data.cwd) };
  let tool = (0, import_cli_chunk_F4Q674BA.object)({
    tool_name: (0, import_cli_chunk_F4Q674BA.string)(),
    tool_input: (0, import_cli_chunk_F4Q674BA.object)({ file_path: (0, import_cli_chunk_F4Q674BA.string)().optional(), notebook_path: (0, import_cli_chunk_F4Q674BA.string)().optional() }).passthrough().optional()
  }).safeParse(input);
  if (tool.success && NON_SHELL_TOOLS.has(tool.data.tool_name)) {
    let file = tool.data.tool_input?.file_path ?? tool.data.tool_input?.notebook_path;
    return { kind: "other-tool", tool: tool.data.tool_name, file };
  }
  return {
    kind: "unreadable",
    reason: 'it has no command (expected {"tool_name":"Bash","tool_input":{"command":"\u2026"}} or {"command":"\u2026"})'
  };
}
function absolute(cwd) {
  return cwd !== void 0 && import_node_path11.default.isAbsolute(cwd) ? cwd : void 0;
}
var EXIT_REFUSE = 2, hookCommand = async (_args, io) => {
  try {
    let why = judgeCall(await readAll(io), io);
    if (why === void 0) return 0;
    io.stderr(`destroy-guard: ${why.replace(/\s*\n\s*/g, " ")}
`);
  } catch (error) {
    io.stderr(
      `destroy-guard: refused: the hook failed (${(0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? ""})
`
    );
  }
  return EXIT_REFUSE;
};
function judgeCall(raw, io) {
  let call = readToolCall(raw);
  switch (call.kind) {
    case "unreadable":
      return `refused: cannot read the tool call: ${call.reason}`;
    case "other-tool":
      return call.file !== void 0 && isStatePath(call.file) ? `refused: ${call.tool} would write ${call.file}, Terraform state; a person must do this at their own terminal` : void 0;
    case "shell":
      return judgeShell(call.command, { cwd: call.cwd ?? io.cwd, env: process.env });
  }
}
async function readAll(io) {
  let chunks = [];
  for await (let chunk of io.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
var CODEOWNERS_LOCATIONS = [
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS"
];
var NAME = /^[A-Za-z0-9._-]+$/u, EMAIL = /^[^\s@/]+@[^\s@/.]+(?:\.[^\s@/.]+)+$/u;
function parseOwner(token) {
  if (token.startsWith("@")) {
    let [org, slug, ...rest] = token.slice(1).split("/");
    if (rest.length === 0 && org !== void 0 && NAME.test(org)) {
      if (slug === void 0) return { ok: true, owner: { kind: "user", login: org } };
      if (NAME.test(slug)) return { ok: true, owner: { kind: "team", org, slug } };
    }
  } else if (EMAIL.test(token))
    return { ok: true, owner: { kind: "email", email: token } };
  let hint = NAME.test(token) ? `; did you mean "@${token}"?` : "";
  return {
    ok: false,
    reason: `Invalid owner: "${token}" is not an @user, an @org/team or an email address${hint}`
  };
}
function formatOwner(owner) {
  switch (owner.kind) {
    case "user":
      return `@${owner.login}`;
    case "team":
      return `@${owner.org}/${owner.slug}`;
    case "email":
      return owner.email;
  }
}
var GLOBSTAR = { kind: "globstar" }, ANY = { kind: "any" }, STAR_SEGMENT = { kind: "star" }, SPECIAL = /[\\*?]/u;
function parseSegment(source) {
  if (source === "**") return GLOBSTAR;
  if (source === "*") return STAR_SEGMENT;
  if (!SPECIAL.test(source)) return { kind: "literal", text: source };
  let chars = [], stars = 0, ones = 0, head, run2 = "", longest = "", escaping = false;
  for (let ch of source)
    if (!escaping && ch === "\\")
      escaping = true;
    else if (!escaping && (ch === "*" || ch === "?")) {
      if (ch === "*" && chars.at(-1) === -1) continue;
      head ??= run2, run2.length > longest.length && (longest = run2), run2 = "", chars.push(ch === "*" ? -1 : -2), ch === "*" ? stars += 1 : ones += 1;
    } else
      escaping = false, chars.push(ch.codePointAt(0) ?? 0), run2 += ch;
  return run2.length > longest.length && (longest = run2), head === void 0 ? { kind: "literal", text: run2 } : stars === 1 && ones === 0 ? { kind: "affix", head, tail: run2, longest } : { kind: "glob", chars, head, tail: run2, longest };
}
function segmentMatches(segment, text) {
  switch (segment.kind) {
    case "literal":
      return segment.text === text;
    case "affix":
      return text.length >= segment.head.length + segment.tail.length && text.startsWith(segment.head) && text.endsWith(segment.tail);
    case "glob":
      return globMatches(segment.chars, text);
    case "star":
      return text.length > 0;
    case "any":
      return true;
    case "globstar":
      return false;
  }
}
function globMatches(chars, text) {
  let c = 0, t = 0, starAt = -1, starText = 0;
  for (; t < text.length; ) {
    let ch = chars[c], point = text.codePointAt(t) ?? 0;
    if (ch === -1)
      starAt = c, starText = t, c += 1;
    else if (ch !== void 0 && (ch === -2 || ch === point))
      c += 1, t += point > 65535 ? 2 : 1;
    else if (starAt >= 0)
      c = starAt + 1, starText += (text.codePointAt(starText) ?? 0) > 65535 ? 2 : 1, t = starText;
    else
      return false;
  }
  for (; chars[c] === -1; ) c += 1;
  return c === chars.length;
}
function pathSegments(path13) {
  let normal = path13.replace(/^(?:\.\/|\/)+/u, "");
  return normal === "" ? void 0 : normal.split("/");
}
function wildcardMatch(tokens, items, isStar, matchesOne) {
  let t = 0, i = 0, starToken = -1, starItem = 0;
  for (; i < items.length; ) {
    let token = tokens[t], item = items[i];
    if (token !== void 0 && isStar(token))
      starToken = t, starItem = i, t += 1;
    else if (token !== void 0 && matchesOne(token, item))
      t += 1, i += 1;
    else if (starToken >= 0)
      t = starToken + 1, starItem += 1, i = starItem;
    else
      return false;
  }
  for (; t < tokens.length && isStar(tokens[t]); ) t += 1;
  return t === tokens.length;
}
function compilePattern(pattern) {
  if (pattern.startsWith("!"))
    return invalid("negation (`!`) is not supported in CODEOWNERS; GitHub skips this line");
  let scanned = splitSegments(pattern);
  if (typeof scanned == "string") return invalid(scanned);
  let sources = scanned, anchored = sources.length > 1 && sources[0] === "";
  anchored && (sources = sources.slice(1));
  let directoryOnly = sources.at(-1) === "";
  if (directoryOnly && (sources = sources.slice(0, -1)), sources.length === 0) return invalid("the pattern names no path; use `*` for every file");
  let written = [], names = [], heads = [], tails = [], longest = "";
  for (let source of sources) {
    let segment = parseSegment(source);
    segment === GLOBSTAR && written.at(-1) === GLOBSTAR || (written.push(segment), segment.kind === "literal" ? (names.push(segment.text), segment.text.length > longest.length && (longest = segment.text)) : (segment.kind === "affix" || segment.kind === "glob") && (segment.head !== "" && heads.push(segment.head), segment.tail !== "" && tails.push(segment.tail), segment.longest.length > longest.length && (longest = segment.longest)));
  }
  return { ok: true, pattern: { segments: withImpliedSegments(written, anchored || written.length > 1, directoryOnly), names, heads, tails, longest } };
}
function matchesSegments(pattern, segments) {
  return wildcardMatch(pattern.segments, segments, isGlobstar, segmentMatches);
}
function invalid(detail) {
  return { ok: false, reason: `Invalid pattern: ${detail}` };
}
var BACKSLASH = 92, SLASH = 47, ASTERISK = 42;
function splitSegments(pattern) {
  let sources = [], start = 0, starRun = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    let code = pattern.charCodeAt(i);
    if (code === BACKSLASH) {
      if (i + 1 === pattern.length)
        return "it ends in a `\\` that escapes nothing (`\\#` does not escape a comment in CODEOWNERS)";
      starRun = 0, pattern.charCodeAt(i + 1) === SLASH && (sources.push(pattern.slice(start, i)), start = i + 2), i += 1;
    } else if (code === ASTERISK) {
      if (starRun += 1, starRun === 3)
        return "three or more `*` in a row; use `**` for any depth or `*` within a name";
    } else
      starRun = 0, code === SLASH && (sources.push(pattern.slice(start, i)), start = i + 1);
  }
  return sources.push(pattern.slice(start)), sources;
}
function withImpliedSegments(written, anchored, directoryOnly) {
  if (written.every(isGlobstar))
    return directoryOnly ? [ANY, GLOBSTAR, ANY, GLOBSTAR] : [ANY, GLOBSTAR];
  let segments = anchored ? [...written] : [GLOBSTAR, ...written], last = segments.at(-1);
  return directoryOnly ? segments.push(ANY, GLOBSTAR) : last === GLOBSTAR ? segments.splice(-1, 1, ANY, GLOBSTAR) : last !== STAR_SEGMENT && segments.push(GLOBSTAR), segments;
}
function isGlobstar(segment) {
  return segment === GLOBSTAR;
}
var KEY_KINDS = ["names", "heads", "tails"];
function buildRuleLookup(entries) {
  let index = { names: new KeyIndex(), heads: new KeyIndex(), tails: new KeyIndex() };
  for (let { pattern } of entries)
    for (let kind of KEY_KINDS) index[kind].count(pattern[kind]);
  let unkeyed = [];
  return entries.forEach(({ pattern }, position) => {
    let best;
    for (let kind of KEY_KINDS) {
      let rarest = index[kind].rarest(pattern[kind]);
      rarest !== void 0 && (best === void 0 || rarest.count < best.count) && (best = { kind, ...rarest });
    }
    best === void 0 ? unkeyed.push(position) : index[best.kind].add(best.key, position);
  }), (segments) => {
    let lists = /* @__PURE__ */ new Set();
    for (let segment of new Set(segments))
      index.names.collect(segment, lists), index.heads.collectPrefixes(segment, lists), index.tails.collectSuffixes(segment, lists);
    let path13 = segments.join("/");
    return lastMatch(keyedCandidates(lists), unkeyed, (position) => {
      let entry = entries[position];
      if (!(entry === void 0 || !path13.includes(entry.pattern.longest)))
        return matchesSegments(entry.pattern, segments) ? entry.rule : void 0;
    });
  };
}
function keyedCandidates(lists) {
  let size = 0;
  for (let list of lists) size += list.length;
  let positions = new Int32Array(size), at2 = 0;
  for (let list of lists)
    positions.set(list, at2), at2 += list.length;
  return positions.sort();
}
function lastMatch(keyed, unkeyed, tryRule) {
  let k = keyed.length - 1, u = unkeyed.length - 1;
  for (; k >= 0 || u >= 0; ) {
    let fromKeyed = keyed[k] ?? -1, fromUnkeyed = unkeyed[u] ?? -1, position;
    fromKeyed > fromUnkeyed ? (position = fromKeyed, k -= 1) : (position = fromUnkeyed, u -= 1);
    let rule = tryRule(position);
    if (rule !== void 0) return rule;
  }
}
var KeyIndex = class {
  frequency = /* @__PURE__ */ new Map();
  rules = /* @__PURE__ */ new Map();
  /** Lengths of the keys filed, longest first, for prefix and suffix lookups. */
  lengths = [];
  count(keys) {
    for (let key of new Set(keys)) this.frequency.set(key, (this.frequency.get(key) ?? 0) + 1);
  }
  rarest(keys) {
    let best;
    for (let key of keys) {
      let count = this.frequency.get(key) ?? 0;
      (best === void 0 || count < best.count) && (best = { key, count });
    }
    return best;
  }
  add(key, position) {
    let list = this.rules.get(key);
    list === void 0 ? (this.rules.set(key, [position]), this.lengths.includes(key.length) || this.lengths.push(key.length)) : list.push(position);
  }
  collect(key, into) {
    let list = this.rules.get(key);
    list !== void 0 && into.add(list);
  }
  collectPrefixes(segment, into) {
    for (let length of this.lengths)
      length <= segment.length && this.collect(segment.slice(0, length), into);
  }
  collectSuffixes(segment, into) {
    for (let length of this.lengths)
      length <= segment.length && this.collect(segment.slice(segment.length - length), into);
  }
};
var NO_MATCH = { owners: [] };
function parseCodeowners(text) {
  let rules = [], indexed = [], errors = [], lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(`
`);
  for (let i = 0; i < lines.length; i += 1) {
    let line = i + 1, raw = lines[i] ?? "", source = raw.endsWith("\r") ? raw.slice(0, -1) : raw, parsed = parseLine(source);
    if (parsed === void 0) continue;
    if (typeof parsed == "string") {
      errors.push({ line, text: source, reason: parsed });
      continue;
    }
    let rule = { line, pattern: parsed.pattern, owners: parsed.owners };
    rules.push(rule), indexed.push({ rule, pattern: parsed.compiled });
  }
  let lookup = buildRuleLookup(indexed);
  return {
    rules,
    errors,
    ownersOf(path13) {
      let segments = pathSegments(path13), rule = segments === void 0 ? void 0 : lookup(segments);
      return rule === void 0 ? NO_MATCH : { rule, owners: rule.owners };
    }
  };
}
function parseLine(source) {
  let hash = source.indexOf("#"), [pattern, ...ownerTokens] = tokenize(hash < 0 ? source : source.slice(0, hash));
  if (pattern === void 0) return;
  let compiled = compilePattern(pattern);
  if (!compiled.ok) return compiled.reason;
  let owners = [];
  for (let token of ownerTokens) {
    let owner = parseOwner(token);
    if (!owner.ok) return owner.reason;
    owners.push(owner.owner);
  }
  return { pattern, compiled: compiled.pattern, owners };
}
function tokenize(content) {
  let tokens = [], start = -1;
  for (let i = 0; i < content.length; i += 1) {
    let code = content.charCodeAt(i);
    code === BACKSLASH2 ? (start < 0 && (start = i), i += 1) : isSpace(code) ? (start >= 0 && tokens.push(content.slice(start, i)), start = -1) : start < 0 && (start = i);
  }
  return start >= 0 && tokens.push(content.slice(start)), tokens;
}
var BACKSLASH2 = 92;
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13;
}
var OWNERS_USAGE = `Usage: destroy-guard owners --codeowners FILE PATH... [--json]
  --codeowners FILE  the CODEOWNERS file to read (GitHub uses the first of
                     ${CODEOWNERS_LOCATIONS.join(", ")})
  --json             print { "version": 1, "paths": [...], "errors": [...] }
Prints the owners GitHub would assign to each repository path and the line that decides.
Paths are case-sensitive; end a directory with "/" (infra/db/) to ask about the directory.`, JSON_VERSION2 = 1, MAX_QUOTED = 200, ownersCommand = async (args, io) => {
  let values, paths;
  try {
    ({ values, positionals: paths } = (0, import_node_util2.parseArgs)({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        codeowners: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    return usage(io, `${usageProblem2(error)}; see destroy-guard owners --help`);
  }
  if (values.help === true)
    return io.stdout(`${OWNERS_USAGE}
`), 0;
  let file = values.codeowners;
  if (file === void 0 || file === "")
    return usage(
      io,
      "no CODEOWNERS file given; pass --codeowners .github/CODEOWNERS (or wherever yours is)"
    );
  if (paths.length === 0)
    return usage(
      io,
      `no paths given; name the repository paths to look up, e.g. destroy-guard owners --codeowners ${file} infra/main.tf`
    );
  let bytes;
  try {
    bytes = await (0, import_promises.readFile)((0, import_node_path12.resolve)(io.cwd, file));
  } catch (error) {
    return usage(io, readProblem(file, error));
  }
  bytes.length >= 3145728 && warn(
    io,
    `${file} is 3 MB or more, which GitHub does not load: on GitHub it assigns no owners; shrink it`
  );
  let codeowners = parseCodeowners(bytes.toString("utf8"));
  for (let error of codeowners.errors) warn(io, describeError(file, error));
  return io.stdout(values.json === true ? renderJson2(codeowners, paths) : renderText2(codeowners, paths)), 0;
};
function renderText2(codeowners, paths) {
  return paths.map((path13) => `${path13}: ${describeMatch(codeowners.ownersOf(path13))}
`).join("");
}
function describeMatch(match) {
  return match.rule === void 0 ? "no owner (no rule matches)" : match.owners.length === 0 ? `no owner (line ${match.rule.line} clears ownership)` : `${match.owners.map(formatOwner).join(" ")} (line ${match.rule.line})`;
}
function renderJson2(codeowners, paths) {
  let document = {
    version: JSON_VERSION2,
    paths: paths.map((path13) => {
      let match = codeowners.ownersOf(path13);
      return { path: path13, owners: match.owners.map(formatOwner), line: match.rule?.line ?? null };
    }),
    errors: codeowners.errors.map(({ line, text, reason }) => ({ line, text, reason }))
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function describeError(file, error) {
  let text = error.text.trim(), quoted = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}\u2026` : text;
  return `${file}:${error.line}: ${error.reason}; GitHub skips this line: ${quoted}`;
}
function readProblem(file, error) {
  switch ((0, import_cli_chunk_AUXWUNJ3.errorCode)(error)) {
    case "ENOENT":
      return `cannot read ${file}: no such file; pass the path of your CODEOWNERS file (GitHub reads ${CODEOWNERS_LOCATIONS.join(", ")})`;
    case "EISDIR":
      return `${file} is a directory; pass the CODEOWNERS file inside it`;
    case "EACCES":
      return `cannot read ${file}: permission denied; make it readable or pass another copy`;
    default:
      return `cannot read ${file}: ${(0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? ""}`;
  }
}
function usageProblem2(error) {
  let message = (0, import_cli_chunk_AUXWUNJ3.errorMessage)(error).split(`
`)[0] ?? "", option = /'([^']+)'/u.exec(message)?.[1];
  switch ((0, import_cli_chunk_AUXWUNJ3.errorCode)(error)) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return option === void 0 ? message : `unknown option ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return option === void 0 ? message : `${option.split(" ")[0] ?? option} needs a value`;
    default:
      return message;
  }
}
function usage(io, problem) {
  return io.stderr(`destroy-guard owners: ${problem}
`), 2;
}
function warn(io, message) {
  io.stderr(`destroy-guard owners: warning: ${message}
`);
}
function quote(text) {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
function shimScript(name, dir, target) {
  return [
    "#!/bin/sh",
    `${SHIM_MARKER}: \`${name}\` runs through destroy-guard (docs/agent-guard.md).`,
    "# Written by `destroy-guard shim DIR`; run that again after moving node or destroy-guard.",
    `exec ${quote(target.node)} ${quote(target.script)} shim --exec ${quote(name)} --dir ${quote(dir)} -- "$@"`,
    ""
  ].join(`
`);
}
function writeShims(dir, target) {
  let absolute2 = import_node_path14.default.resolve(dir);
  for (let file of [target.node, target.script])
    if (!import_node_path14.default.isAbsolute(file) || !(0, import_node_fs10.existsSync)(file))
      throw new import_cli_chunk_AUXWUNJ3.UserError(
        `shim: cannot find ${file}; run destroy-guard from its installed location`
      );
  try {
    (0, import_node_fs10.mkdirSync)(absolute2, { recursive: true });
  } catch (error) {
    throw new import_cli_chunk_AUXWUNJ3.UserError(
      `shim: cannot create ${absolute2} (${String(error)}); choose a directory you can write`
    );
  }
  for (let name of GUARDED_PROGRAMS) {
    let file = import_node_path14.default.join(absolute2, name);
    if ((0, import_node_fs10.existsSync)(file) && !isShimFile(file))
      throw new import_cli_chunk_AUXWUNJ3.UserError(
        `shim: ${file} exists and is not a destroy-guard shim; choose an empty directory for the shims, not one that holds the real ${name}`
      );
  }
  for (let name of GUARDED_PROGRAMS) {
    let file = import_node_path14.default.join(absolute2, name);
    (0, import_node_fs10.writeFileSync)(`${file}.tmp`, shimScript(name, absolute2, target), { mode: 493 }), (0, import_node_fs10.chmodSync)(`${file}.tmp`, 493), (0, import_node_fs10.renameSync)(`${file}.tmp`, file);
  }
  return GUARDED_PROGRAMS;
}
var SHIM_USAGE = `Usage: destroy-guard shim DIR
  Writes terraform, tofu, terragrunt and the cloud CLIs' shims into DIR. Put DIR first on the
  agent's PATH: every run of those programs, by any route, is then judged by destroy-guard.`, shimCommand = async (args, io) => {
  if (args[0] === "--exec") return execShim(args, io);
  if (args.length !== 1 || (args[0] ?? "").startsWith("-"))
    throw new import_cli_chunk_AUXWUNJ3.UserError(`shim: give one directory: destroy-guard shim DIR
${SHIM_USAGE}`);
  let dir = import_node_path13.default.resolve(io.cwd, args[0] ?? ""), names = writeShims(dir, { node: process.execPath, script: entryScript() });
  return io.stdout(
    `destroy-guard: wrote ${names.join(", ")} into ${dir}; put it first on the agent's PATH (PATH=${dir}:$PATH)
`
  ), 0;
};
async function execShim(args, io) {
  let dashes = args.indexOf("--"), name = args[1], dir = args[2] === "--dir" ? args[3] : void 0;
  if (name === void 0 || dir === void 0 || dashes !== 4)
    throw new import_cli_chunk_AUXWUNJ3.UserError("shim: this shim is damaged; write it again with destroy-guard shim DIR");
  return process.on("SIGINT", () => {
  }), process.on("SIGTERM", () => {
  }), runShim({
    name,
    shimDir: dir,
    args: args.slice(dashes + 1),
    env: process.env,
    cwd: io.cwd,
    stderr: io.stderr
  });
}
function entryScript() {
  let started = process.argv[1], candidate = started === void 0 ? (0, import_node_url.fileURLToPath)(__destroyGuardFileUrl) : import_node_path13.default.resolve(started);
  try {
    return (0, import_node_fs9.realpathSync)(candidate);
  } catch {
    return candidate;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  catalogCommand,
  hookCommand,
  ownersCommand,
  shimCommand
});
