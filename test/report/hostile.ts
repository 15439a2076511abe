/**
 * Plan-derived strings built to break a Markdown table, a code span or a reader's eyes: every
 * character class PRODUCT.md section 5 and escape.ts name, one address each.
 */
import type { Report } from '../../src/assess/report.js';
import { counts, finding, otherFinding, plan, report } from './factory.js';

/** Address → what a reader must see inside the `<code>` element. */
export const HOSTILE_ADDRESSES: ReadonlyArray<readonly [address: string, shown: string]> = [
  ['aws_s3_bucket.b["a|b"]', 'aws_s3_bucket.b["a|b"]'],
  ['aws_s3_bucket.b["back\\\\slash\\|pipe"]', 'aws_s3_bucket.b["back\\\\slash\\|pipe"]'],
  ['aws_s3_bucket.b["tick`inside"]', 'aws_s3_bucket.b["tick`inside"]'],
  ['aws_s3_bucket.b["``run``` of ticks"]', 'aws_s3_bucket.b["``run``` of ticks"]'],
  ['`aws_s3_bucket.starts_and_ends`', '`aws_s3_bucket.starts_and_ends`'],
  [' aws_s3_bucket.padded ', ' aws_s3_bucket.padded '],
  [
    'aws_s3_bucket.b["new\nline\r\nand\ttab"]',
    'aws_s3_bucket.b["new\\u{A}line\\u{D}\\u{A}and\\u{9}tab"]',
  ],
  ['aws_s3_bucket.b["\u202Egnp.exe"]', 'aws_s3_bucket.b["\\u{202E}gnp.exe"]'],
  ['aws_s3_bucket.b["\u2066isolate\u2069"]', 'aws_s3_bucket.b["\\u{2066}isolate\\u{2069}"]'],
  [
    'aws_s3_bucket.b["zero\u200Bwidth\u200Djoin\uFEFFbom"]',
    'aws_s3_bucket.b["zero\\u{200B}width\\u{200D}join\\u{FEFF}bom"]',
  ],
  ['aws_s3_bucket.b["esc\u001B[31mred\u009B"]', 'aws_s3_bucket.b["esc\\u{1B}[31mred\\u{9B}"]'],
  ['aws_s3_bucket.b["lone\uD800surrogate"]', 'aws_s3_bucket.b["lone\\u{D800}surrogate"]'],
  [
    'aws_s3_bucket.b["</details><script>alert(1)</script>"]',
    'aws_s3_bucket.b["</details><script>alert(1)</script>"]',
  ],
  [
    'aws_s3_bucket.b["<!-- destroy-guard key=default -->"]',
    'aws_s3_bucket.b["<!-- destroy-guard key=default -->"]',
  ],
  [
    'module.m["**bold** _em_ ~~s~~ $x$"].aws_db_instance.d',
    'module.m["**bold** _em_ ~~s~~ $x$"].aws_db_instance.d',
  ],
  [
    'aws_s3_bucket.b["[link](https://evil.example) ![i](x) @acme/all &amp; \'q\'"]',
    'aws_s3_bucket.b["[link](https://evil.example) ![i](x) @acme/all &amp; \'q\'"]',
  ],
  ['aws_s3_bucket.b["日本語 Ünïcödé émoji 🚀"]', 'aws_s3_bucket.b["日本語 Ünïcödé émoji 🚀"]'],
];

export const HOSTILE_TYPE = 'evil|type<b>x</b>`';
export const HOSTILE_MODULE_DIR = 'infra/|pipe\n# heading';
export const HOSTILE_PLAN = 'plans/<img src=x>|plan`.json';

export const HOSTILE: Report = report(
  [
    ...HOSTILE_ADDRESSES.map(([address]) =>
      finding({ address, plan: HOSTILE_PLAN, moduleDir: HOSTILE_MODULE_DIR }),
    ),
    finding({
      kind: 'replace',
      severity: 'high',
      address: 'aws_db_instance.forced',
      type: HOSTILE_TYPE,
      actions: ['delete', 'create'],
      plan: HOSTILE_PLAN,
      moduleDir: HOSTILE_MODULE_DIR,
      reason:
        'replaced: Terraform gives the reason `replace_because_|pipe`` (forced by `tags["a|b`c"]`) (deferred: <b>|</b>\n| x |)',
      recoverability: 'final snapshot "</td></tr></table><details>|*x*" will be taken',
      forcingAttributes: ['tags["a|b`c"]', 'settings[0]["\u202E|"]'],
    }),
    otherFinding({
      address: 'null_resource.x["| --- |\n| injected | row |"]',
      plan: HOSTILE_PLAN,
      moduleDir: HOSTILE_MODULE_DIR,
      reason:
        'destroyed: a `moved` block points to `module.gone["\u200B|"]`, <summary>spoof</summary>',
    }),
  ],
  {
    plans: [
      plan({
        path: HOSTILE_PLAN,
        moduleDir: HOSTILE_MODULE_DIR,
        terraformVersion: '1.9<script>|`',
        counts: counts({ delete: 19, replace: 1 }),
      }),
    ],
  },
);
