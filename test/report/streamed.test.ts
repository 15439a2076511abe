import { describe, expect, it } from 'vitest';
import {
  findingJson,
  renderJson,
  renderJsonBytes,
  renderJsonChunks,
} from '../../src/report/json.js';
import { LISTED_OTHERS, renderText, renderTextChunks } from '../../src/report/text.js';
import { finding, otherFinding, report } from './factory.js';

const many = (count: number, type = 'aws_route53_record') =>
  Array.from({ length: count }, (_, index) =>
    otherFinding({ address: `${type}.r["k${index}\u202e"]`, type }),
  );

describe('reports written as they are produced', () => {
  it('JSON in pieces is JSON.stringify of the whole report, whatever the number of findings', () => {
    for (const count of [0, 1, 255, 256, 257, 1000]) {
      const subject = report([finding(), ...many(count)]);
      const chunks = [...renderJsonChunks(subject)];
      const json = chunks.join('');
      const parsed = JSON.parse(json) as { findings: unknown[] };
      expect(parsed.findings).toHaveLength(count + 1);
      // The same text as one JSON.stringify, invisible characters escaped.
      expect(json).toBe(`${JSON.stringify(parsed, null, 2).replaceAll('\u202e', '\\u202e')}\n`);
      expect(json).toBe(renderJson(subject));
      if (count >= 1000) expect(chunks.length).toBeGreaterThan(3);
    }
  });

  it('JSON bytes are UTF-8 pieces of whole characters, whatever the address holds', () => {
    const addresses = [
      'aws_s3_bucket.b["plain"]',
      'aws_s3_bucket.b["back\\slash"]',
      'aws_s3_bucket.b["caf\u00e9 \u4e2d \u{1F600}"]',
      'aws_s3_bucket.b["\u202e \u0000 \n \u007f \u009b"]',
      'aws_s3_bucket.b["lone \ud800 surrogate"]',
      '',
    ];
    const findings = Array.from({ length: 2000 }, (_, index) =>
      otherFinding({ address: `${addresses[index % addresses.length] ?? ''}${index}` }),
    );
    // More than one piece of its own.
    findings.splice(700, 0, otherFinding({ address: `a.b["${'\u00e9'.repeat(70_000)}"]` }));
    const subject = report([finding(), ...findings]);
    const pieces = [...renderJsonBytes(subject)];
    expect(pieces.length).toBeGreaterThan(3);
    const strict = new TextDecoder('utf-8', { fatal: true });
    // Each piece decodes on its own: no character is cut in two.
    const json = pieces.map((piece) => strict.decode(piece)).join('');
    expect(json).toBe(renderJson(subject));
    expect(json).toBe(
      `${JSON.stringify(JSON.parse(json), null, 2).replace(/[\u007f-\u009f\u202e]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`,
    );
    const parsed = JSON.parse(json) as { findings: unknown[] };
    expect(parsed.findings).toEqual(
      JSON.parse(JSON.stringify(subject.findings.map(findingJson))) as unknown[],
    );
  });

  it('JSON findings that alternate between a few texts after the address keep each their own', () => {
    const lists = [
      ['delete'],
      ['delete', 'create'],
      ['create', 'delete'],
      ['forget'],
      ['x'],
      ['y'],
    ];
    // Findings share their lists, as the assessment makes them (docs/design.md section 10).
    const none: string[] = [];
    const protections = [{ attribute: 'force_destroy', before: false }];
    const findings = Array.from({ length: 60 }, (_, index) =>
      otherFinding({
        address: `null_resource.r[${index}]`,
        forcingAttributes: index % 19 === 7 ? ['name'] : none,
        protections: index % 23 === 9 ? [] : protections,
        actions: lists[(index * 7) % lists.length] ?? [],
        type: index % 11 === 0 ? 'terraform_data' : 'null_resource',
        ...(index % 13 === 5 ? { deposed: `d${index}` } : {}),
        ...(index % 17 === 3 ? { outcome: 'lost' as const } : {}),
      }),
    );
    // A deposed object's key is written after the address: its text is its own.
    const same = { forcingAttributes: none, protections, actions: lists[0] ?? [] };
    const deposed = ['', 'd1', '', 'd2', 'd2', ''].map((key, index) =>
      otherFinding({ address: `null_resource.d[${index}]`, ...same, ...(key && { deposed: key }) }),
    );
    const subject = report([...findings, ...deposed, finding()]);
    const parsed = JSON.parse(renderJson(subject)) as { findings: unknown[] };
    expect(parsed.findings).toEqual(
      JSON.parse(JSON.stringify(subject.findings.map(findingJson))) as unknown[],
    );
  });

  it('an empty findings list is written as JSON.stringify writes it', () => {
    const json = renderJson(report([]));
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(JSON.parse(json)).toMatchObject({ findings: [], unreviewed: { count: 0 } });
  });

  it(`text lists up to ${LISTED_OTHERS} findings below fail-on, and counts them by kind and type past that`, () => {
    const listed = renderText(report([finding(), ...many(LISTED_OTHERS)]));
    expect(listed).toContain('aws_route53_record.r["k49');
    expect(listed).not.toContain('counted, not listed');

    const subject = report([finding(), ...many(LISTED_OTHERS + 1), ...many(7, 'null_resource')]);
    const counted = renderText(subject);
    expect(counted).not.toContain('aws_route53_record.r[');
    expect(counted).toMatch(
      /51 × other-destroy aws_route53_record\n.*7 × other-destroy null_resource/u,
    );
    expect(counted).toContain(
      '58 findings counted, not listed; `destroy-guard assess --format json` lists every one',
    );
    // Every finding that requires approval is still shown in full.
    expect(counted).toContain('aws_db_instance.orders');
    expect([...renderTextChunks(subject)].join('')).toBe(counted);
  });

  it('text counts findings that alternate between groups each in its own, ties as they first came', () => {
    const kinds = [
      { severity: 'low', kind: 'other-destroy', type: 'null_resource' },
      { severity: 'info', kind: 'other-destroy', type: 'null_resource' },
      { severity: 'low', kind: 'forget', type: 'null_resource' },
      { severity: 'low', kind: 'other-destroy', type: 'aws_route53_record' },
    ] as const;
    // 3 × (the first three alternating), then the fourth in one run, then the first again.
    const findings = [
      ...Array.from({ length: 30 }, (_, index) => kinds[index % 3] ?? kinds[0]),
      ...Array.from({ length: 30 }, () => kinds[3]),
      kinds[0],
    ].map((fields, index) => otherFinding({ ...fields, address: `r.r[${index}]` }));
    const text = renderText(report([finding(), ...findings]));
    const counts = text.split('\n').filter((line) => line.includes(' × '));
    expect(counts).toEqual([
      '  low   30 × other-destroy aws_route53_record',
      '  low   11 × other-destroy null_resource',
      '  info  10 × other-destroy null_resource',
      '  low   10 × forget null_resource',
    ]);
    expect(text).toContain('61 findings counted, not listed');
  });

  it('text counts past 30 groups in one line', () => {
    const findings = Array.from({ length: 40 }, (_, group) => many(2, `t${group}_thing`)).flat();
    const text = renderText(report(findings));
    expect(text).toContain('… and 20 findings in 10 more groups');
  });
});
