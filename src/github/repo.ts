/** The pull request being guarded, as read from the event payload (src/action/context.ts). */
export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequestRef extends Repo {
  readonly number: number;
}
