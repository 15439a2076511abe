/**
 * Point 5 of the approval's trust model: a protection made unknown until apply, and a stateful
 * resource moved under `ignore`, are findings that require approval (docs/design.md section
 * 2, "Unknown protections"), through the bundled action and the fake GitHub. Each with its
 * controls: the harmless variant passes, and the owner's label still approves the risky one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeOf, readExample, writePlan } from './plans.js';
import { body, guard, label, scratch, useTrustWorld, verdict } from './trust-world.js';

useTrustWorld();

type Plan = ReturnType<typeof readExample>;

/**
 * The deletion-protection example with only the database changing and nothing switched off
 * (its `after` is its `before`), then changed as `edit` says.
 */
function databaseUpdate(edit: (change: Record<string, unknown>) => void): Plan {
  const plan = readExample('deletion-protection-off');
  const database = changeOf(plan, 'aws_db_instance.orders');
  database.change.after = { ...database.change.before };
  plan.resource_changes = [database];
  edit(database.change as unknown as Record<string, unknown>);
  return plan;
}

function planLine(name: string, plan: Plan): string {
  return `infra/db=${writePlan(join(scratch, name), 'plan.json', plan)}`;
}

describe('5. protections that become unknown, and moves out of sight, are findings', () => {
  it('an update that makes deletion_protection unknown until apply requires approval', async () => {
    const unknown = databaseUpdate((change) => {
      const after = change['after'] as Record<string, unknown>;
      delete after['deletion_protection'];
      change['after_unknown'] = { deletion_protection: true };
    });
    const run = await guard(planLine('unknown', unknown));
    expect(verdict(run)).toBe('blocked');
    expect(body()).toContain('may be switched off');

    // Control: the owner looks and approves.
    label('alice');
    expect(verdict(await guard(planLine('unknown', unknown), { action: 'labeled' }))).toBe(
      'approved',
    );
  });

  it('control: an update that leaves deletion_protection on is no finding', async () => {
    const kept = databaseUpdate((change) => {
      (change['after'] as Record<string, unknown>)['tags'] = { team: 'data' };
    });
    expect(verdict(await guard(planLine('kept', kept)))).toBe('pass');
  });

  it('a stateful resource moved to an ignored address requires approval', async () => {
    const moved = databaseUpdate((change) => {
      change['actions'] = ['no-op'];
    });
    const database = moved.resource_changes[0] as unknown as Record<string, unknown>;
    database['previous_address'] = 'aws_db_instance.legacy';
    const line = planLine('moved', moved);

    const hidden = await guard(line, { extra: { ignore: 'aws_db_instance.orders' } });
    expect(verdict(hidden)).toBe('blocked');
    expect(body()).toContain('a later destroy of it would go unreported');

    // Controls: the same move where `ignore` does not match is harmless, and the owner can
    // approve the move into the ignored address.
    expect(verdict(await guard(line))).toBe('pass');
    const again = await guard(line, { extra: { ignore: 'aws_db_instance.orders' } });
    expect(verdict(again)).toBe('blocked');
    label('alice');
    expect(
      verdict(
        await guard(line, { action: 'labeled', extra: { ignore: 'aws_db_instance.orders' } }),
      ),
    ).toBe('approved');
  });
});
