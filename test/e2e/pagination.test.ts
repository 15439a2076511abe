/**
 * Pull requests bigger than one page, CODEOWNERS where GitHub looks for it (and too big for
 * GitHub to load), the 3,000-file cap, two runs racing on one pull request, and what a run
 * costs in requests once nothing changes (PRODUCT.md sections 4–5, GITHUB.md). Every scenario
 * has its own fake GitHub, so they run concurrently.
 */
import { describe, expect, it } from 'vitest';
import { inWorld, PATHS, ROUTES, type World } from './faults-world.js';
import { BASE, isWrite, LABEL, OTHER_RISKY_PLAN, PR, REPO, RISKY_PLAN } from './world.js';

/** The `page` of each request to a paginated route, in order (the first page has none). */
function pages(world: World, route: string): string[] {
  return world.fake.requestsTo(route).map((request) => request.query['page'] ?? '1');
}

/** `times` × (add + remove) of an unrelated label: 2 × `times` issue events. */
function churn(world: World, times: number): void {
  for (let i = 0; i < times; i += 1) {
    world.fake.addLabel(REPO, PR, 'wip', 'dev');
    world.fake.removeLabel(REPO, PR, 'wip', 'dev');
  }
}

function eventCount(world: World): number {
  return world.fake.state.repos.get(REPO)?.pulls.get(PR)?.events.length ?? 0;
}

describe.concurrent('more than one page', () => {
  it('decides on the latest labeled event when it is on page 2 of the issue events', async () => {
    await inWorld(async (world) => {
      await world.guard(RISKY_PLAN);
      world.label('mallory'); // page 1: someone who owns nothing labels first …
      churn(world, 60);
      world.fake.removeLabel(REPO, PR, LABEL, 'dev'); // … the label comes off …
      world.label('alice'); // … and a code owner applies it: event 123, page 2
      expect(eventCount(world)).toBeGreaterThan(100);

      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ verdict: 'approved', 'approved-by': 'alice' });
      expect(world.comments()).toHaveLength(1);
      expect(world.comments()[0]?.body).toContain('Approved by @alice');
      // The first run saw no label, so it read no events.
      expect(pages(world, ROUTES.events)).toEqual(['1', '2']);
    });
  });

  it('is not fooled by an approval on page 1 that a later page takes back', async () => {
    await inWorld(async (world) => {
      await world.guard(RISKY_PLAN);
      world.label('alice'); // page 1
      churn(world, 60);
      world.fake.removeLabel(REPO, PR, LABEL, 'dev');
      world.label('mallory'); // page 2: the labeler who counts
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('blocked');
      expect(world.comments()[0]?.body).toContain('@mallory is not a code owner');
      expect(pages(world, ROUTES.events)).toEqual(['1', '2']);
    });
  });

  it('finds its comment on page 2 of 150+ comments and edits it instead of posting another', async () => {
    await inWorld(async (world) => {
      // A person quoting the marker on page 1 is neither edited nor trusted.
      const forged = world.fake.addComment(
        REPO,
        PR,
        '<!-- destroy-guard key=default -->\nLooks fine to me',
        'mallory',
      );
      for (let i = 0; i < 150; i += 1) world.fake.addComment(REPO, PR, `review note ${i}`, 'dev');

      const first = await world.guard(RISKY_PLAN);
      const [own] = world.comments();
      expect(own).toBeDefined();
      expect(first.outputs['comment-url']).toContain(`#issuecomment-${own?.id}`);

      const second = await world.guard(OTHER_RISKY_PLAN);
      expect(second.outputs['verdict']).toBe('blocked');
      expect(world.comments()).toHaveLength(1);
      expect(world.comments()[0]?.id).toBe(own?.id);
      expect(world.comments()[0]?.body).toContain('forced by');
      expect(world.fake.requestsTo(ROUTES.createComment)).toHaveLength(1);
      expect(world.fake.requestsTo(ROUTES.updateComment).map((r) => r.path)).toEqual([
        `/repos/${REPO}/issues/comments/${own?.id}`,
      ]);
      expect(forged.body).toBe('<!-- destroy-guard key=default -->\nLooks fine to me');
      // Each run reads both pages through GraphQL; REST lists them once more after posting,
      // to catch a racing twin.
      expect(pages(world, ROUTES.listComments)).toEqual(['1', '2']);
      const graphqlPages = world.fake
        .requestsTo('POST /graphql')
        .map(
          (request) =>
            ((request.body as { variables?: { comments?: unknown } }).variables?.comments ??
              null) === null,
        );
      expect(graphqlPages).toEqual([true, false, true, false]);
    });
  });

  // Only the exact identity the action posts as is trusted (PRODUCT.md section 4, rule 4).
  it('trusts no marker comment written by another bot', async () => {
    await inWorld(async (world) => {
      // The risky set's fingerprint, from a run that writes nothing.
      const probe = await world.guard(RISKY_PLAN, { extra: { comment: 'never' } });
      const fingerprint = probe.outputs['fingerprint'] ?? '';
      expect(fingerprint).not.toBe('');
      world.label('alice'); // before the latest push: this label approves nothing
      world.fake.pushCommit(REPO, PR, 'c'.repeat(40));
      world.clock.advance(60);
      world.fake.addComment(
        REPO,
        PR,
        `<!-- destroy-guard key=default v=2 fp=${fingerprint} afp=${fingerprint} aevent=1 aby=alice -->\nbeep`,
        'renovate[bot]',
      );

      const run = await world.guard(RISKY_PLAN); // a push, not alice's labeled event
      expect(run.outputs['verdict']).toBe('blocked');
      expect(world.comments().map((comment) => comment.user.login)).toEqual([
        'github-actions[bot]',
      ]);
    });
  });

  it('checks ownership of a changed file that is only on page 2 of the files', async () => {
    await inWorld(async (world) => {
      world.fake.setContent(
        REPO,
        BASE,
        '.github/CODEOWNERS',
        '* @platform-lead\n/infra/db/ @alice @acme/dba\n/infra/db/kms.tf @security-lead\n',
      );
      world.fake.setFiles(REPO, PR, [
        'infra/db/main.tf',
        ...Array.from({ length: 149 }, (_, i) => `docs/notes-${i}.md`),
        'infra/db/kms.tf', // file 151: page 2
      ]);
      await world.guard(RISKY_PLAN);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('blocked');
      const body = world.comments()[0]?.body ?? '';
      expect(body).toContain('@alice is not a code owner of `infra/db/kms.tf`');
      expect(body).toContain('@security-lead');
      expect(pages(world, ROUTES.files)).toEqual(['1', '2', '1', '2']);
    });
  });
});

describe.concurrent('pull requests over the 3,000-file listing cap', () => {
  const files = Array.from({ length: 3001 }, (_, i) => `infra/db/generated/f${i}.tf`);

  it('blocks without listing when the event says more than 3,000 files changed', async () => {
    await inWorld(async (world) => {
      world.fake.setFiles(REPO, PR, files);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('blocked');
      const body = world.comments()[0]?.body ?? '';
      expect(body).toContain('Ownership cannot be checked');
      expect(body).toMatch(
        /changes 3001 files; GitHub lists at most 3000.*split the pull request/u,
      );
      expect(run.stdout).toContain('::error::destroy-guard: blocked');
      expect(world.fake.requestsTo(ROUTES.files)).toEqual([]);
    });
  });

  it('blocks after listing 3,000 files when the payload has no changed_files', async () => {
    await inWorld(async (world) => {
      world.fake.setFiles(REPO, PR, files);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, {
        action: 'labeled',
        payload: (event) => {
          // pull_request_review payloads, among others, leave the count out.
          const pull = { ...(event['pull_request'] as Record<string, unknown>) };
          delete pull['changed_files'];
          return { ...event, pull_request: pull };
        },
      });

      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('blocked');
      expect(world.comments()[0]?.body).toMatch(
        /GitHub lists at most 3000.*split the pull request/u,
      );
      expect(pages(world, ROUTES.files)).toHaveLength(30);
    });
  });
});

describe.concurrent('CODEOWNERS at the base commit', () => {
  const lookups = (world: World) =>
    world.fake.requests
      .filter((request) =>
        /^\/repos\/[^/]+\/[^/]+\/contents\/.*CODEOWNERS$/u.test(decodeURIComponent(request.path)),
      )
      .map(
        (request) =>
          `${decodeURIComponent(request.path.slice(`/repos/${REPO}/contents/`.length))}@${request.query['ref'] === BASE ? 'base' : request.query['ref']} ${request.status}`,
      );

  it('blocks when there is none, and says how to add one', async () => {
    await inWorld(async (world) => {
      world.fake.setContent(REPO, BASE, '.github/CODEOWNERS', undefined);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('blocked');
      const body = world.comments()[0]?.body ?? '';
      expect(body).toContain('no CODEOWNERS file at the base commit');
      expect(body).toContain('add `.github/CODEOWNERS` to the base branch');
      // The head commit's CODEOWNERS (which the PR could edit) is never read.
      expect(lookups(world)).toEqual([
        '.github/CODEOWNERS@base 404',
        'CODEOWNERS@base 404',
        'docs/CODEOWNERS@base 404',
      ]);
    });
  });

  it('finds docs/CODEOWNERS after looking in .github/ and the root', async () => {
    await inWorld(async (world) => {
      world.fake.setContent(REPO, BASE, '.github/CODEOWNERS', undefined);
      world.fake.setContent(REPO, BASE, 'docs/CODEOWNERS', '/infra/db/ @alice\n');
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ verdict: 'approved', 'approved-by': 'alice' });
      expect(lookups(world)).toEqual([
        '.github/CODEOWNERS@base 404',
        'CODEOWNERS@base 404',
        'docs/CODEOWNERS@base 200',
      ]);
    });
  });

  it('prefers the root CODEOWNERS to docs/CODEOWNERS, as GitHub does', async () => {
    await inWorld(async (world) => {
      world.fake.setContent(REPO, BASE, '.github/CODEOWNERS', undefined);
      world.fake.setContent(REPO, BASE, 'CODEOWNERS', '/infra/db/ @carol\n');
      world.fake.setContent(REPO, BASE, 'docs/CODEOWNERS', '/infra/db/ @alice\n');
      await world.guard(RISKY_PLAN);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.outputs['verdict']).toBe('blocked');
      expect(world.comments()[0]?.body).toContain('@alice is not a code owner');
      expect(world.comments()[0]?.body).toContain('@carol');
      expect(lookups(world).slice(-2)).toEqual([
        '.github/CODEOWNERS@base 404',
        'CODEOWNERS@base 200',
      ]);
    });
  });

  it('reads a 2 MB CODEOWNERS whole, through the raw media type', async () => {
    await inWorld(async (world) => {
      const padding = `# ${'x'.repeat(97)}\n`.repeat(21_000); // 2.1 MB of comments first
      world.fake.setContent(REPO, BASE, '.github/CODEOWNERS', `${padding}/infra/db/ @alice\n`);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.outputs).toMatchObject({ verdict: 'approved', 'approved-by': 'alice' });
      const [lookup] = world.attempts(PATHS.contents('.github/CODEOWNERS'));
      expect(lookup?.headers.accept).toBe('application/vnd.github.raw+json');
    });
  });

  it('blocks (fail closed) on a CODEOWNERS of 3 MB, which GitHub does not load', async () => {
    await inWorld(async (world) => {
      const rules = '/infra/db/ @alice\n';
      const size = 3 * 1024 * 1024;
      const text = rules + '#'.repeat(size - rules.length - 1) + '\n';
      expect(Buffer.byteLength(text)).toBe(size);
      world.fake.setContent(REPO, BASE, '.github/CODEOWNERS', text);
      world.label('alice');
      const run = await world.guard(RISKY_PLAN, { action: 'labeled' });

      expect(run.code).toBe(1);
      expect(run.outputs['verdict']).toBe('blocked');
      const body = world.comments()[0]?.body ?? '';
      expect(body).toContain('Ownership cannot be checked');
      expect(body).toContain('3 MB or more, which GitHub does not load');
    });
  });
});

describe.concurrent('runs racing on one pull request', () => {
  it.for([20, 100, 250])(
    'never leaves two comments when a push and a label start runs together (latency %i ms)',
    async (latency) => {
      await inWorld(async (world) => {
        world.fake.latencyMs = latency;
        world.label('alice');
        const runs = await Promise.all([
          world.guard(RISKY_PLAN),
          world.guard(RISKY_PLAN, { action: 'labeled' }),
        ]);
        for (const run of runs) expect(['approved', 'blocked']).toContain(run.outputs['verdict']);
        expect(world.comments()).toHaveLength(1);
        const survivor = world.comments()[0]?.id;
        for (const run of runs)
          expect(run.outputs['comment-url']).toContain(`#issuecomment-${survivor}`);

        // The next run finds that one comment and keeps it.
        await world.guard(OTHER_RISKY_PLAN);
        expect(world.comments().map((comment) => comment.id)).toEqual([survivor]);
        const posts = world.fake.requestsTo(ROUTES.createComment).length;
        const deletes = world.fake.requestsTo(ROUTES.deleteComment).length;
        console.log(
          `race at ${latency} ms latency: ${posts} POST, ${deletes} DELETE, 1 comment left`,
        );
      });
    },
  );
});

describe('steady state', () => {
  it('a third identical run makes at most 6 requests and writes nothing', async () => {
    await inWorld(async (world) => {
      const first = await world.guard(RISKY_PLAN);
      const second = await world.guard(RISKY_PLAN);
      const before = world.fake.requests.length;
      const third = await world.guard(RISKY_PLAN);
      const requests = world.fake.requests.slice(before);

      expect(third.outputs['verdict']).toBe('blocked');
      expect(world.comments()).toHaveLength(1);
      expect(requests.filter((request) => isWrite(request))).toEqual([]);
      expect(requests.length).toBeLessThanOrEqual(6);
      console.log(
        [
          `steady state: the third identical run made ${requests.length} requests, no writes:`,
          ...requests.map((request) => `  ${request.route ?? request.path} → ${request.status}`),
          `startupMs (process start → first API request): ${[first, second, third].map((run) => run.startupMs?.toFixed(0)).join(', ')}`,
          `run durations ms: ${[first, second, third].map((run) => run.ms).join(', ')}`,
        ].join('\n'),
      );
    });
  });
});
