import * as core from '@actions/core';
import { countRequests, createClient, type RequestCount } from '../github/client.js';
import { UserError } from '../util/errors.js';
import type { Clients } from './gather.js';
import type { ActionInputs } from './inputs.js';

/** The job's clients (the owners-token one only when given), each request counted in `count`. */
export function createClients(inputs: ActionInputs, apiUrl: string, count: RequestCount): Clients {
  if (inputs.githubToken === '') {
    throw new UserError('input github-token is empty; leave it unset to use ${{ github.token }}');
  }
  const log = (message: string) => core.info(message);
  const client = createClient({ token: inputs.githubToken, baseUrl: apiUrl, log });
  countRequests(client, count);
  if (inputs.ownersToken === '') return { client, owners: client };
  const owners = createClient({ token: inputs.ownersToken, baseUrl: apiUrl, log });
  countRequests(owners, count);
  return { client, owners };
}
