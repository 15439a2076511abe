/**
 * Every bad input of PRODUCT.md section 9 → one UserError line that starts with the path,
 * says what is wrong and names the fix. Fixtures: test/fixtures/bad-input/README.md.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readPlanBytes, readPlanFile } from '../../src/plan/read.js';
import { UserError } from '../../src/util/errors.js';

const DIR = 'test/fixtures/bad-input';

const SHOW = '`terraform show -json tfplan > plan.json`';
const PLAN_AND_SHOW = '`terraform plan -out=tfplan && terraform show -json tfplan > plan.json`';
const REGENERATE = `regenerate it with ${SHOW}`;
const PLAN_FROM = `a plan comes from ${PLAN_AND_SHOW}`;
const MALFORMED = `the file is not plan JSON as Terraform writes it: ${REGENERATE}`;

async function refusal(path: string): Promise<string> {
  const changes: unknown[] = [];
  const error = await readPlanFile(path, path, (change) => changes.push(change)).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  const message = (error as UserError).message;
  expect(message.startsWith(`${path}: `)).toBe(true);
  expect(message).not.toMatch(/[\r\n]/u);
  // Refused before any change reaches the engine, except a malformed change further down.
  return message.slice(path.length + 2);
}

describe('bad plan input', () => {
  it.each([
    [
      'empty.json',
      `is empty: the command that wrote it printed nothing (did \`terraform show -json\` fail, or run before the plan existed?); write the plan with ${SHOW}`,
    ],
    [
      'whitespace.json',
      `holds only whitespace: the command that wrote it printed nothing (did \`terraform show -json\` fail, or run before the plan existed?); write the plan with ${SHOW}`,
    ],
    [
      'truncated.json',
      `invalid JSON: the document ends at byte 1500 before it is complete (a truncated file or an interrupted upload/download?); ${REGENERATE}`,
    ],
    // Byte 95 is character 92: "é" takes 2 bytes, "🫖" 4 bytes (2 UTF-16 units) before it.
    ['missing-comma.json', `invalid JSON at byte 95: unexpected "\\""; ${REGENERATE}`],
    ['unexpected-token.json', `invalid JSON at byte 2116: unexpected "]"; ${REGENERATE}`],
    [
      'trailing-garbage.json',
      `invalid JSON at byte 4157: unexpected data after the end of the JSON document; ${REGENERATE}`,
    ],
    [
      'several-documents.json',
      `holds more than one JSON document (the second starts at byte 4157), as Terragrunt's \`run-all show -json\` writes; write one plan per file: ${SHOW} in each module`,
    ],
    [
      'terragrunt-prefixed.txt',
      `has other output before the plan JSON (it starts at byte 98): log lines such as Terragrunt's prefixes; write the plan alone to the file: ${SHOW}`,
    ],
    [
      'wrapper-only.txt',
      `holds only the setup-terraform wrapper's lines, no JSON: the wrapped command printed nothing; write the plan with ${SHOW}`,
    ],
    [
      'artifact-page.html',
      `is an HTML/XML page, not plan JSON (an error page saved by a download?); fetch the plan file itself, written by ${SHOW}`,
    ],
    [
      'notes.txt',
      `is not JSON: plan JSON starts with "{", this starts with "d" at byte 0; write the plan with ${SHOW}`,
    ],
    [
      'plan-text-color.txt',
      `is the human-readable output of \`terraform plan\`, not JSON; save the plan and convert it: ${PLAN_AND_SHOW}`,
    ],
    [
      'no-changes.txt',
      `is the human-readable output of \`terraform plan\`, not JSON; save the plan and convert it: ${PLAN_AND_SHOW}`,
    ],
    [
      'error-output.txt',
      `holds Terraform/OpenTofu error output, not a plan: the command that wrote it failed; fix that error, then write the plan with ${SHOW}`,
    ],
    [
      'saved.tfplan',
      'is a binary plan file (`terraform plan -out`), not JSON; convert it where `terraform init` ran: `terraform show -json test/fixtures/bad-input/saved.tfplan > plan.json`',
    ],
    [
      'artifact.zip',
      'is a zip archive, not plan JSON; if it is a downloaded artifact, unzip it and pass the plan JSON inside; if it is a saved plan: `terraform show -json test/fixtures/bad-input/artifact.zip > plan.json`',
    ],
    [
      'hcp-redacted.json',
      `is HCP Terraform's redacted plan JSON (plan_format_version, provider_schemas), a different format; run \`terraform show -json\` on the saved plan to get the standard plan JSON: ${SHOW}`,
    ],
    [
      'state.json',
      `is a Terraform state file (version, serial, lineage), not a plan; ${PLAN_FROM}`,
    ],
    [
      'state-show.json',
      `is \`terraform show -json\` output for the state (values, no planned_values or resource_changes), not a plan; name the saved plan file: ${SHOW}`,
    ],
    [
      'show-without-plan.json',
      `has format_version but nothing a plan has (planned_values, resource_changes): \`terraform show -json\` was run without the plan file; name it: ${SHOW}`,
    ],
    [
      'ui-log.json',
      `is the machine-readable log of \`terraform plan -json\` (JSON lines with @level/@message), not the plan; save the plan and convert it: ${PLAN_AND_SHOW}`,
    ],
    [
      'ui-log-line.json',
      `is a line of the machine-readable log of \`terraform plan -json\` (@level/@message), not the plan; ${PLAN_FROM}`,
    ],
    [
      'providers-schema.json',
      `is \`terraform providers schema -json\` output, not a plan; ${PLAN_FROM}`,
    ],
    [
      'array.json',
      `is a JSON array, not a plan (plan JSON is an object with format_version); ${PLAN_FROM}`,
    ],
    ['string.json', `is a JSON string, not a plan; ${PLAN_FROM}`],
    ['number.json', `is a JSON number, not a plan; ${PLAN_FROM}`],
    ['null.json', `is a JSON null, not a plan; ${PLAN_FROM}`],
    [
      'empty-object.json',
      `is an empty JSON object ({}), not a plan: the command that wrote it produced no plan; ${PLAN_FROM}`,
    ],
    [
      'other-object.json',
      `is not a Terraform plan: it has no format_version (top-level keys: "name", "version", "scripts"); ${PLAN_FROM}`,
    ],
    [
      'no-format-version.json',
      `is not a Terraform plan: it has no format_version (top-level keys: "terraform_version", "variables", "planned_values", "resource_changes", "prior_state", … 5 more); ${PLAN_FROM}`,
    ],
    [
      'format-version-number.json',
      `format_version is a number, not a version string as in every plan; this is not a Terraform plan: ${PLAN_FROM}`,
    ],
    [
      'format-version-2.json',
      'format_version "2.0" is not supported; destroy-guard reads plan JSON format 0.x and 1.x (Terraform 0.12 to 1.17, OpenTofu 1.6 to 1.12): produce the plan with one of those, or upgrade destroy-guard',
    ],
    [
      'format-version-text.json',
      'format_version "latest" is not supported; destroy-guard reads plan JSON format 0.x and 1.x (Terraform 0.12 to 1.17, OpenTofu 1.6 to 1.12): produce the plan with one of those, or upgrade destroy-guard',
    ],
    [
      'actions-string.json',
      `resource_changes[1].change.actions (address "terraform_data.cache[1]") is a string, expected an array; ${MALFORMED}`,
    ],
    [
      'actions-number.json',
      `resource_changes[2].change.actions[1] (address "terraform_data.db") is a number, expected a string; ${MALFORMED}`,
    ],
    [
      'address-missing.json',
      `resource_changes[0].address is missing, expected a string; ${MALFORMED}`,
    ],
    [
      'change-missing.json',
      `resource_changes[2].change (address "terraform_data.db") is missing, expected an object; ${MALFORMED}`,
    ],
    [
      'resource-changes-object.json',
      `resource_changes is an object, expected an array of changes; ${REGENERATE}`,
    ],
    ['errored-string.json', `errored is a string, expected true or false; ${MALFORMED}`],
    [
      'deferred-without-reason.json',
      `deferred_changes[0].reason is missing, expected a string; ${MALFORMED}`,
    ],
  ])('%s', async (file, message) => {
    expect(await refusal(`${DIR}/${file}`)).toBe(message);
  });

  it('names a missing file and how plans get there', async () => {
    expect(await refusal(`${DIR}/no-such-plan.json`)).toBe(
      `no such file; check the path, and that the step writing it (${SHOW}, or the artifact download) ran first`,
    );
    expect(await refusal(`${DIR}/notes.txt/plan.json`)).toMatch(/^no such file; /u);
  });

  it('refuses a directory and suggests a glob inside it', async () => {
    expect(await refusal(DIR)).toBe(
      `is a directory, not a plan file; name the plan JSON inside it, or a glob such as ${DIR}/**/plan.json`,
    );
  });

  it('spells out standard input', () => {
    expect(() => readPlanBytes(new Uint8Array(0), '-', () => undefined)).toThrow(
      /^- \(standard input\): is empty: /u,
    );
  });

  it('gives a binary plan command that works: quoted, and never writing onto its input', async () => {
    const saved = await readFile(`${DIR}/saved.tfplan`);
    expect(() => readPlanBytes(saved, 'plans/plan.json', () => undefined)).toThrow(
      '`terraform show -json plans/plan.json > plan.show.json`',
    );
    expect(() => readPlanBytes(saved, 'my plans/tfplan', () => undefined)).toThrow(
      "`terraform show -json 'my plans/tfplan' > plan.json`",
    );
    expect(() => readPlanBytes(saved, '-', () => undefined)).toThrow(
      /^- \(standard input\): is a binary plan file .*`terraform show -json tfplan > plan\.json`$/u,
    );
  });

  it('names OpenTofu commands for OpenTofu text output', () => {
    const text = [
      '',
      'OpenTofu used the selected providers to generate the following execution',
      'plan. Resource actions are indicated with the following symbols:',
      '  - destroy',
      '',
      'OpenTofu will perform the following actions:',
      '',
      '  # aws_db_instance.main will be destroyed',
      '',
      'Plan: 0 to add, 0 to change, 1 to destroy.',
      '',
    ].join('\n');
    expect(() => readPlanBytes(Buffer.from(text), 'plan.txt', () => undefined)).toThrow(
      'plan.txt: is the human-readable output of `tofu plan`, not JSON; save the plan and convert it: `tofu plan -out=tfplan && tofu show -json tfplan > plan.json`',
    );
  });

  it.each([
    [
      'Terraform 0.12',
      'Refreshing Terraform state in-memory prior to plan...\n\nAn execution plan has been generated and is shown below.\n',
    ],
    ['Terraform 0.12, no changes', '\nNo changes. Infrastructure is up-to-date.\n'],
    ['a bare summary', 'Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.\n'],
    ['a resource line', '  # module.db.aws_db_instance.main must be replaced\n'],
  ])('recognises plan text: %s', (_name, text) => {
    expect(() => readPlanBytes(Buffer.from(text), 'p.txt', () => undefined)).toThrow(
      /human-readable output of `terraform plan`/u,
    );
  });

  it('never echoes file content: a secret next to a syntax error stays out of the message', () => {
    const secret = 'planted-secret-3f9a';
    const text = `{"format_version":"1.2","variables":{"password":{"value":"${secret}"]}}`;
    let message = '';
    try {
      readPlanBytes(Buffer.from(text), 'plan.json', () => undefined);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `plan.json: invalid JSON at byte ${text.indexOf(']')}: unexpected "]"; ${REGENERATE}`,
    );
    expect(message).not.toContain(secret);
  });

  it('escapes control characters in a file name so the message stays one line', () => {
    expect(() => readPlanBytes(new Uint8Array(0), 'a\nb.json', () => undefined)).toThrow(
      /^a\\u000ab\.json: is empty/u,
    );
  });
});
