/**
 * Review mode counts a review on the commit the run's plan was made for, and only while that
 * commit is still the pull request's head (docs/approval.md): a re-run of an event from before
 * a push carries the old head, and the old head's review must not approve it.
 */
import { describe, expect, it } from 'vitest';
import { guard, push, useTrustWorld, verdict } from './trust-world.js';
import { fake } from './trust-world.js';
import { HEAD, PR, REPO, RISKY_PLAN } from './world.js';

useTrustWorld();

describe('review mode and a head that moved on', () => {
  it("a re-run of an event from before a push does not count the old head's review", async () => {
    const review = { approval: 'review' };
    fake.addReview(REPO, PR, 'alice', 'APPROVED', { commitId: HEAD });
    const before = fake.pullRequestEvent(REPO, PR, 'synchronize');
    // Control: on the current head, the owner's review approves.
    expect(verdict(await guard(RISKY_PLAN, { extra: review, payload: before }))).toBe('approved');

    push('d'.repeat(40));
    expect(verdict(await guard(RISKY_PLAN, { extra: review, payload: before }))).toBe('blocked');
  });
});
