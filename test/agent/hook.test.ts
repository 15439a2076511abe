import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bashCall, makeSandbox, runHook, type Sandbox } from './sandbox.js';

let box: Sandbox;

beforeAll(() => {
  box = makeSandbox();
});

afterAll(() => {
  box.remove();
});

describe('destroy-guard hook: the protocol', () => {
  it('allows with exit 0 and says nothing', async () => {
    const run = await runHook(box, bashCall('terraform plan', box.work));
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses with exit 2 and one line on stderr saying what to do instead', async () => {
    const run = await runHook(
      box,
      bashCall('aws rds delete-db-instance --db-instance-identifier x', box.work),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^destroy-guard: refused .*a person must do this at their own terminal.*\n$/,
    );
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('reads a plain {"command": …} too', async () => {
    expect((await runHook(box, JSON.stringify({ command: 'terraform destroy' }))).code).toBe(2);
    expect((await runHook(box, JSON.stringify({ command: 'ls' }))).code).toBe(0);
  });

  it.each([
    ['not JSON', 'terraform destroy'],
    ['empty input', ''],
    [
      'a Bash call without tool_input.command',
      JSON.stringify({ tool_name: 'Bash', tool_input: {} }),
    ],
    [
      'a command that is not a string',
      JSON.stringify({ tool_name: 'Bash', tool_input: { command: ['terraform', 'destroy'] } }),
    ],
    ['an unknown shape', JSON.stringify({ tool: 'shell', cmd: 'ls' })],
    ['an array', '[]'],
    ['null', 'null'],
    [
      'an unknown tool',
      JSON.stringify({ tool_name: 'Shell', tool_input: { script: 'terraform destroy' } }),
    ],
  ])('refuses what it cannot read: %s', async (_name, payload) => {
    const run = await runHook(box, payload);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^destroy-guard: refused: cannot read the tool call/);
  });

  it.each(['echo "unclosed', 'a=(1 2', 'terraform plan )', `bash -c 'echo "unclosed'`])(
    'refuses shell it cannot parse: %s',
    async (command) => {
      const run = await runHook(box, bashCall(command, box.work));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/could not be read as shell/);
    },
  );

  it('lets tools that run no command be, unless they write state', async () => {
    const read = JSON.stringify({
      tool_name: 'Read',
      tool_input: { file_path: `${box.work}/main.tf` },
    });
    const write = JSON.stringify({
      tool_name: 'Write',
      tool_input: { file_path: `${box.work}/terraform.tfstate`, content: '{}' },
    });
    expect((await runHook(box, read)).code).toBe(0);
    const refused = await runHook(box, write);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/terraform\.tfstate/);
  });

  it('judges in the directory of the tool call, not its own', async () => {
    // deploy.sh (a destroy) is only in the agent's directory.
    expect((await runHook(box, bashCall('bash deploy.sh', box.work))).code).toBe(2);
  });
});

describe('destroy-guard hook: what the shim cannot see', () => {
  it.each([
    [`${'$'}{PWD}/../bin/terraform apply tfplan`, /by path|expansion/],
    ['/usr/local/bin/terraform apply tfplan', /by path, around the destroy-guard shim/],
    ['docker run --rm hashicorp/terraform:1.9 apply -auto-approve', /cannot be assessed/],
    ['terragrunt run-all apply', /many units at once/],
    ['terragrunt --tf-path=/usr/local/bin/terraform plan', /does not guard/],
    ['PATH=/usr/bin:$PATH terraform apply', /changes PATH|is not the shim/],
    ['env -i terraform apply tfplan', /changes PATH|not the shim/],
    ['ssh prod-bastion terraform apply -auto-approve', /shim does not guard/],
    ['tar -xzf old.tgz', /unpacks terraform\.tfstate/],
  ])('%s', async (command, reason) => {
    const run = await runHook(box, bashCall(command, box.work));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
  });

  it('says why for state replacement', async () => {
    const run = await runHook(box, bashCall('cp backup/terraform.tfstate .', box.work));
    expect(run.stderr).toMatch(/replacing Terraform state is how the 2026 incident began/);
  });
});
