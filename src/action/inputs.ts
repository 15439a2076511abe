import * as core from '@actions/core';
import * as z from 'zod';
import { SEVERITIES } from '../catalog/severity.js';
import { isValidCommentKey } from '../approval/record.js';
import { UserError } from '../util/errors.js';

/** Every input of action.yml, read and validated here once (STYLE.md habit 1). */
export interface ActionInputs {
  readonly plan: readonly string[];
  readonly githubToken: string;
  /** Empty when not set: team look-ups then use githubToken. */
  readonly ownersToken: string;
  readonly approval: 'label' | 'review' | 'label-or-review';
  readonly approvalLabel: string;
  readonly failOn: (typeof SEVERITIES)[number];
  readonly comment: 'on-risk' | 'always' | 'never';
  readonly commentKey: string;
  readonly statefulTypes: readonly string[];
  readonly ignore: readonly string[];
  readonly allowSelfApproval: boolean;
  readonly dismissStaleApproval: boolean;
  readonly enforce: boolean;
  /** HMAC secret for the approval record; empty: records are not signed. */
  readonly recordKey: string;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.enum(values, {
    error: (issue) => `input ${name}: "${String(issue.input)}" is not one of ${values.join(', ')}`,
  });
}

function flag(name: string) {
  return z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(
      z.enum(['true', 'false'], {
        error: (issue) => `input ${name}: "${String(issue.input)}" is not true or false`,
      }),
    )
    .transform((value) => value === 'true');
}

const schema = z.object({
  plan: z
    .string()
    .transform(lines)
    .refine(
      (plans) => plans.length > 0,
      'input plan: no plan path given; set it to the plan JSON file(s) (terraform show -json tfplan > plan.json)',
    ),
  // Only a pull request needs the API; checked there (outside one, no token is used).
  githubToken: z.string(),
  ownersToken: z.string(),
  approval: oneOf('approval', ['label', 'review', 'label-or-review'] as const),
  approvalLabel: z
    .string()
    .trim()
    .min(1, 'input approval-label is empty; leave it unset for destroy-approved')
    .max(50, 'input approval-label: GitHub label names are at most 50 characters'),
  failOn: oneOf('fail-on', SEVERITIES),
  comment: oneOf('comment', ['on-risk', 'always', 'never'] as const),
  commentKey: z
    .string()
    .trim()
    .refine(
      isValidCommentKey,
      'input comment-key: use 1-64 letters, digits, dots, dashes or underscores',
    ),
  statefulTypes: z.string().transform(lines),
  ignore: z.string().transform(lines),
  allowSelfApproval: flag('allow-self-approval'),
  dismissStaleApproval: flag('dismiss-stale-approval'),
  enforce: flag('enforce'),
  recordKey: z.string(),
});

/** `getInput` with action.yml's defaults applied, so a run outside the runner behaves the same. */
function input(name: string, fallback: string): string {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

export function readInputs(): ActionInputs {
  const raw = {
    plan: core.getInput('plan'),
    githubToken: input('github-token', process.env['GITHUB_TOKEN'] ?? ''),
    ownersToken: core.getInput('owners-token'),
    approval: input('approval', 'label'),
    approvalLabel: input('approval-label', 'destroy-approved'),
    failOn: input('fail-on', 'high').trim().toLowerCase(),
    comment: input('comment', 'on-risk').trim().toLowerCase(),
    commentKey: input('comment-key', 'default'),
    statefulTypes: core.getInput('stateful-types'),
    ignore: core.getInput('ignore'),
    allowSelfApproval: input('allow-self-approval', 'false'),
    dismissStaleApproval: input('dismiss-stale-approval', 'true'),
    enforce: input('enforce', 'true'),
    recordKey: core.getInput('record-key'),
  };
  // Never printed, not even by a debug log of the inputs.
  if (raw.recordKey !== '') core.setSecret(raw.recordKey);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  return parsed.data;
}
