import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/assess/build-report.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { assess, change, only } from './changes.js';

describe('destroying a type the catalog has not reviewed', () => {
  const assessment = assess([
    change('acme_storage_bucket.data', ['delete']),
    change('acme_widget.w', ['delete']),
    change('acme_message_queue.q', ['create', 'delete']),
    change('aws_iam_role.r', ['delete']),
    change('aws_msk_topic.t', ['delete']),
  ]);

  it('is a destroy at high when its name says it holds data, with the fix in the reason', () => {
    const finding = only(assessment, 'acme_storage_bucket.data');
    expect(finding).toMatchObject({ kind: 'destroy', severity: 'high', requiresApproval: true });
    expect(finding.reason).toContain("acme_storage_bucket is not in destroy-guard's catalog");
    expect(finding.reasonParts).toContainEqual({
      code: 'stateful-types: acme_storage_bucket=none',
    });
    expect(finding.recoverability).toContain('has not reviewed this type');
    expect(only(assessment, 'acme_message_queue.q')).toMatchObject({
      kind: 'replace',
      severity: 'high',
    });
  });

  it('is an other-destroy otherwise, still saying how to classify it', () => {
    const finding = only(assessment, 'acme_widget.w');
    expect(finding).toMatchObject({ kind: 'other-destroy', severity: 'low' });
    expect(finding.reasonParts).toContainEqual({ code: 'stateful-types: acme_widget=high' });
  });

  it('tells a reviewed not-stateful type apart from an unreviewed one', () => {
    const role = only(assessment, 'aws_iam_role.r');
    expect(role).toMatchObject({ kind: 'other-destroy', severity: 'low' });
    expect(role.reason).not.toContain('catalog');
    expect(only(assessment, 'aws_msk_topic.t')).toMatchObject({
      kind: 'destroy',
      category: 'queue-stream',
    });
  });

  it('counts the unreviewed types, and a stateful-types line makes a type reviewed', () => {
    expect(assessment.unreviewedTypes).toEqual([
      'acme_message_queue',
      'acme_storage_bucket',
      'acme_widget',
    ]);
    const classified = assess([change('acme_storage_bucket.data', ['delete'])], {
      statefulTypes: ['acme_storage_bucket=none'],
    });
    expect(classified.unreviewedTypes).toEqual([]);
    expect(only(classified, 'acme_storage_bucket.data').kind).toBe('other-destroy');
  });

  it('says how many in every report format', () => {
    const report = buildReport([assessment, assess([change('acme_widget.v', ['delete'])])], 'high');
    expect(report.unreviewedTypes).toHaveLength(3);
    const json = JSON.parse(renderJson(report)) as { unreviewed: unknown };
    expect(json.unreviewed).toEqual({
      count: 3,
      types: ['acme_message_queue', 'acme_storage_bucket', 'acme_widget'],
    });
    const sentence = "3 destroyed resource types are not in destroy-guard's catalog";
    expect(renderText(report)).toContain(sentence);
    expect(renderMarkdown(report)).toContain(sentence);
    const none = buildReport([assess([change('aws_iam_role.r', ['delete'])])], 'high');
    expect(renderText(none)).not.toContain('not in destroy-guard');
    expect(JSON.parse(renderJson(none))).toMatchObject({ unreviewed: { count: 0, types: [] } });
  });
});
