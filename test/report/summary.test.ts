import { describe, expect, it } from 'vitest';
import { renderJobSummary } from '../../src/report/summary.js';
import { MARKER, note } from './factory.js';
import { expectGolden } from './golden.js';
import { BLOCKED_MIXED } from './scenarios.js';

describe('renderJobSummary', () => {
  it('renders the full report, expanded (golden)', () => {
    expectGolden(
      'blocked-mixed.summary.md',
      renderJobSummary(BLOCKED_MIXED, {
        approval: note({
          status: 'refused',
          summary: 'No valid approval yet.',
          details: [
            '@dev is the pull request author; someone else must approve (allow-self-approval is false)',
          ],
        }),
      }),
    );
  });

  it('has no marker and nothing collapsed', () => {
    const summary = renderJobSummary(BLOCKED_MIXED);
    expect(summary).not.toContain(MARKER);
    expect(summary).not.toContain('<details>');
    expect(summary.startsWith('## 🛑 destroy-guard: blocked')).toBe(true);
    expect(summary).toContain('### Other findings (3 findings below fail-on `high`, not blocking)');
    expect(summary).toContain('### Plans (2 plans)');
  });
});
