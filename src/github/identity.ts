/**
 * Who the action posts as (docs/approval.md, rule 5). GraphQL `viewer` answers for every
 * kind of token: `github-actions[bot]` for the GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub
 * App installation token, the user for a personal token (REST `GET /user` answers 403 for
 * both installation kinds). The token's prefix must agree with the answer, or the action
 * refuses to guess.
 */
export function postingIdentity(viewer: string, token: string): string {
  const installation = token.startsWith('ghs_');
  const personal =
    token.startsWith('ghp_') || token.startsWith('github_pat_') || token.startsWith('gho_');
  const bot = viewer.endsWith('[bot]');
  if ((installation && !bot) || (personal && bot)) {
    throw new Error(
      `cannot tell which account the github-token posts as: GitHub says ${JSON.stringify(viewer)}, which does not match the kind of token given; pass the GITHUB_TOKEN, a GitHub App installation token or a personal token`,
    );
  }
  return viewer;
}
