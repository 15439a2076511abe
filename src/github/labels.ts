import type { Labeling } from '../approval/facts.js';
import { call, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

export interface LabelState {
  /** Whether the label is on the pull request now, per its event history. */
  readonly present: boolean;
  /** The latest `labeled` event, when the label is present. */
  readonly labeling: Labeling | undefined;
}

interface LabelEvent {
  readonly id: number;
  readonly event: string;
  readonly created_at: string;
  readonly label?: { readonly name: string } | null;
  readonly actor?: { readonly login: string; readonly type: string } | null;
  readonly performed_via_github_app?: { readonly slug?: string; readonly name?: string } | null;
}

/**
 * Reads the issue events live (a re-run keeps the original payload, GITHUB.md), paginated,
 * and returns the most recent `labeled` event for the label after any `unlabeled` one.
 */
export async function readLabelState(
  client: GitHubClient,
  pr: PullRequestRef,
  label: string,
): Promise<LabelState> {
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

export function latestLabeling(events: readonly LabelEvent[], label: string): LabelState {
  let state: LabelState = { present: false, labeling: undefined };
  // Events come oldest first; ids only grow, so sort defensively on them.
  const ordered = [...events].sort((a, b) => a.id - b.id);
  for (const event of ordered) {
    // Label names compare case-insensitively on GitHub.
    if (event.label?.name.toLowerCase() !== label.toLowerCase()) continue;
    if (event.event === 'unlabeled') state = { present: false, labeling: undefined };
    if (event.event === 'labeled' && event.actor !== null && event.actor !== undefined) {
      const app = event.performed_via_github_app;
      state = {
        present: true,
        labeling: {
          eventId: event.id,
          actor: { login: event.actor.login, type: event.actor.type },
          at: event.created_at,
          ...(app === null || app === undefined
            ? {}
            : { viaApp: app.slug ?? app.name ?? 'an app' }),
        },
      };
    }
  }
  return state;
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
    if ((error as { status?: number }).status === 404) return;
    throw error;
  }
}
