import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
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

  it('text counts past 30 groups in one line', () => {
    const findings = Array.from({ length: 40 }, (_, group) => many(2, `t${group}_thing`)).flat();
    const text = renderText(report(findings));
    expect(text).toContain('… and 20 findings in 10 more groups');
  });
});
