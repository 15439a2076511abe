import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Values planted in the examples and Terraform fixtures that must never be printed. */
const PLANTED = [
  'planted-db-password-7f3a',
  'planted-variable-secret-91c2',
  'planted-tf-secret-',
  'ami-0c55b159cbfafe1f0',
  'arn:aws:rds',
  'orders_admin',
];

describe('no plan value leaves the plan', () => {
  const plans = [
    'examples/incident/plan.json',
    'examples/harmless/plan.json',
    'examples/replace-database/plan.json',
    'examples/deletion-protection-off/plan.json',
    'test/fixtures/terraform-1.11/shrink-replace.json',
    'test/fixtures/terraform-1.11/destroy-mode.json',
  ];
  for (const plan of plans) {
    it.each(['text', 'markdown', 'json'])(`${plan} as %s`, async (format) => {
      const result = await runCli([
        'assess',
        plan,
        '--format',
        format,
        '--fail-on',
        'info',
        '--stateful-types',
        'terraform_data',
      ]);
      const output = result.stdout + result.stderr;
      for (const secret of PLANTED) expect(output).not.toContain(secret);
    });
  }
});
