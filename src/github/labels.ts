import type { Labeling } from '../approval/facts.js';
import { call, statusOf, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

interface LabelEvent {
  readonly id: number;
  readonly event: string;
  readonly created_at: string;
  readonly label?: { readonly name: string } | null;
  readonly actor?: { readonly login: string; readonly type: string } | null;
  readonly performed_via_github_app?: { readonly slug?: string; readonly name?: string } | null;
}

/**
 * The issue events, read live (a re-run keeps the original payload, docs/github.md),
 * paginated; REST, because only it says `performed_via_github_app`.
 */
export async function readLabeling(
  client: GitHubClient,
  pr: PullRequestRef,
  label: string,
): Promise<Labeling | undefined> {
  const events: LabelEvent[] = await call('read label events', () =>
    client.paginate(client.rest.issues.listEvents, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
    }),
  );
  return latestLabeling(events, label);
}

/** The most recent `labeled` event for the label, unless an `unlabeled` one came after it. */
export function latestLabeling(events: readonly LabelEvent[], label: string): Labeling | undefined {
  let latest: Labeling | undefined;
  // Events come oldest first; ids only grow, so sort defensively on them.
  for (const event of [...events].sort((a, b) => a.id - b.id)) {
    // Label names compare case-insensitively on GitHub.
    if (event.label?.name.toLowerCase() !== label.toLowerCase()) continue;
    if (event.event === 'unlabeled') latest = undefined;
    if (event.event !== 'labeled') continue;
    if (event.actor === null || event.actor === undefined) {
      latest = undefined;
      continue;
    }
    const app = event.performed_via_github_app;
    latest = {
      eventId: event.id,
      actor: { login: event.actor.login, type: event.actor.type },
      at: event.created_at,
      ...(app === null || app === undefined ? {} : { viaApp: app.slug ?? app.name ?? 'an app' }),
    };
  }
  return latest;
}

/** Removes a stale approval label; a label already gone (404) is not an error. */
export async function removeLabel(
  client: GitHubClient,
  pr: PullRequestRef,
  label: string,
): Promise<void> {
  try {
    await client.rest.issues.removeLabel({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      name: label,
    });
  } catch (error) {
    if (statusOf(error) === 404) return;
    throw error;
  }
}
