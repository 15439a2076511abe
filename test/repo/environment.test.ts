import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiUrl, reportDirectory, writeJobSummary } from '../../src/action/environment.js';

const scratch = mkdtempSync(join(tmpdir(), 'destroy-guard-environment-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function recorder() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => warnings.push(message) };
}

describe('the runner environment', () => {
  it('writes the report to RUNNER_TEMP, or warns and uses the system temp directory', () => {
    const quiet = recorder();
    expect(reportDirectory({ RUNNER_TEMP: scratch }, quiet.warn)).toBe(scratch);
    expect(quiet.warnings).toEqual([]);
    for (const env of [{}, { RUNNER_TEMP: '' }]) {
      const loud = recorder();
      expect(reportDirectory(env, loud.warn)).toBe(tmpdir());
      expect(loud.warnings).toEqual([expect.stringContaining('RUNNER_TEMP is not set')]);
    }
  });

  it('appends the job summary, or warns when the runner has no summary file', async () => {
    const path = join(scratch, 'summary.md');
    writeFileSync(path, 'earlier step\n');
    const quiet = recorder();
    await writeJobSummary('# report\n', { GITHUB_STEP_SUMMARY: path }, quiet.warn);
    expect(readFileSync(path, 'utf8')).toBe('earlier step\n# report\n');
    expect(quiet.warnings).toEqual([]);

    const unset = recorder();
    await writeJobSummary('# report\n', {}, unset.warn);
    expect(unset.warnings).toEqual([expect.stringContaining('GITHUB_STEP_SUMMARY is not set')]);

    const missing = recorder();
    const gone = join(scratch, 'no-such-dir', 'summary.md');
    await writeJobSummary('# report\n', { GITHUB_STEP_SUMMARY: gone }, missing.warn);
    expect(missing.warnings).toEqual([expect.stringContaining(`${gone} cannot be written`)]);
  });

  it('uses GITHUB_API_URL as given, GHES path included, without a trailing slash', () => {
    const quiet = recorder();
    expect(apiUrl({ GITHUB_API_URL: 'https://ghes.example.com/api/v3/' }, quiet.warn)).toBe(
      'https://ghes.example.com/api/v3',
    );
    expect(apiUrl({ GITHUB_API_URL: 'https://api.github.com' }, quiet.warn)).toBe(
      'https://api.github.com',
    );
    expect(quiet.warnings).toEqual([]);
  });

  it('derives the API from GITHUB_SERVER_URL when GITHUB_API_URL is missing', () => {
    const cases = [
      ['https://github.com', 'https://api.github.com', 0],
      ['https://ghes.example.com', 'https://ghes.example.com/api/v3', 1],
      ['https://ghes.example.com/', 'https://ghes.example.com/api/v3', 1],
      ['https://acme.ghe.com', 'https://api.acme.ghe.com', 1],
    ] as const;
    for (const [server, api, warned] of cases) {
      const log = recorder();
      expect(apiUrl({ GITHUB_SERVER_URL: server }, log.warn)).toBe(api);
      expect(log.warnings).toHaveLength(warned);
    }
    const none = recorder();
    expect(apiUrl({}, none.warn)).toBe('https://api.github.com');
    expect(none.warnings).toEqual([
      expect.stringContaining('GITHUB_API_URL and GITHUB_SERVER_URL'),
    ]);
  });
});
