import { isTfName, tfFamily } from '../shell/names.js';
import { decideAws, decideAz, decideBq, decideGcloud, decideGsutil } from './cloud.js';
import { PASS, type Decision } from './decision.js';
import { decideTerraform, readTfArgs } from './terraform.js';
import { decideTerragrunt } from './terragrunt.js';
import {
  decideAtmos,
  decideCdktf,
  decideContainer,
  decideHelm,
  decideKubectl,
  decidePulumi,
} from './tools.js';

export type Env = Readonly<Record<string, string | undefined>>;

type Judge = (args: readonly string[]) => Decision;

/** The programs judged by their arguments; the shim is written for each of these. */
const JUDGES: Readonly<Record<string, Judge>> = {
  aws: decideAws,
  gcloud: decideGcloud,
  gsutil: decideGsutil,
  bq: decideBq,
  az: decideAz,
  kubectl: decideKubectl,
  oc: decideKubectl,
  helm: decideHelm,
  docker: (args) => decideContainer('docker', args),
  podman: (args) => decideContainer('podman', args),
  nerdctl: (args) => decideContainer('nerdctl', args),
  cdktf: decideCdktf,
  pulumi: decidePulumi,
  atmos: decideAtmos,
};

/** Every program the shim guards: the Terraform family first, then the tools above. */
export const GUARDED_PROGRAMS: readonly string[] = [
  'terraform',
  'tofu',
  'terragrunt',
  ...Object.keys(JUDGES),
];

/**
 * The decision for one program run: `name` is its base name, `args` its arguments, `env` the
 * environment it gets. `isGuardedBinary` says whether a path names a shim (terragrunt's
 * --tf-path must).
 */
export function decideProgram(
  name: string,
  args: readonly string[],
  env: Env,
  isGuardedBinary: (value: string) => boolean,
): Decision {
  if (isTfName(name)) {
    const family = tfFamily(name);
    if (family === 'terragrunt') return decideTerragrunt(args, env, isGuardedBinary);
    const call = readTfArgs(args, env);
    if ('error' in call) return { kind: 'refuse', reason: `${family}: ${call.error}` };
    return decideTerraform(family, call);
  }
  const judge = JUDGES[name];
  return judge === undefined ? PASS : judge(args);
}
