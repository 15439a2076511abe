/**
 * Kubernetes, containers and the front ends that embed Terraform: what they would delete or
 * apply where destroy-guard cannot assess a plan.
 */
import { baseName, isTfName, tfFamily, wordSet } from '../shell/names.js';
import { PASS, PERSON, refuse, type Decision } from './decision.js';
import { decideTerraform, readTfArgs } from './terraform.js';
import { decideTerragrunt } from './terragrunt.js';

/** Kubernetes kinds that hold data, or everything in a namespace. */
const KUBE_DATA_KINDS = wordSet(`
  pvc pvcs persistentvolumeclaim persistentvolumeclaims pv pvs persistentvolume persistentvolumes
  ns namespace namespaces sts statefulset statefulsets crd crds customresourcedefinition
  customresourcedefinitions volumesnapshot volumesnapshots all
`);

export function decideKubectl(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  if (words[0] !== 'delete') return PASS;
  const kinds = words
    .slice(1)
    .flatMap((word) => word.split(','))
    .map((word) => (word.split('/')[0] ?? '').split('.')[0]?.toLowerCase() ?? '');
  const fromFile = args.some(
    (arg) => /^(?:-f|--filename|-k|--kustomize)(?:=|$)/.test(arg) || /^-[a-z]*f$/.test(arg),
  );
  const all = args.some((arg) => arg === '--all' || arg === '-A' || arg === '--all-namespaces');
  if (kinds.some((kind) => KUBE_DATA_KINDS.has(kind)) || fromFile || all) {
    return refuse(
      `kubectl delete ${words.slice(1).join(' ')} can delete volumes or a namespace with their data; ${PERSON}`.replace(
        /\s+;/,
        ';',
      ),
    );
  }
  return PASS;
}

export function decideHelm(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  if (!/^(?:uninstall|delete|del|un)$/.test(words[0] ?? '')) return PASS;
  return refuse(
    `helm ${words[0] ?? ''} removes a release and can take its volumes (databases often live in one); ${PERSON}`,
  );
}

/** Image repositories that are Terraform, OpenTofu or a front end around them. */
const TF_IMAGE =
  /(?:^|\/)(?:terraform|opentofu|tofu|terragrunt|docker-terragrunt|cdktf|atmos|pulumi|terraform-[\w-]+|tf-[\w-]+)$/;

/** docker/podman run options that take the next word as their value. */
const RUN_VALUE_OPTIONS = wordSet(`
  -v --volume -e --env --env-file -w --workdir -u --user --name --network --net -p --publish
  --mount -l --label --platform --entrypoint -h --hostname --add-host --pull --cpus -m --memory
  --device --group-add --security-opt --cap-add --cap-drop --ulimit --tmpfs --restart --dns
  --log-driver --log-opt --ipc --pid --shm-size --runtime --stop-signal --cidfile --secret
`);

export function decideContainer(tool: string, args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const volumes = volumeRefusal(tool, words, args);
  if (volumes !== undefined) return volumes;
  const runAt = args.findIndex((arg) => arg === 'run' || arg === 'create');
  if (runAt < 0 || (words[0] !== 'run' && words[0] !== 'create' && words[0] !== 'container'))
    return PASS;
  let k = runAt + 1;
  let entrypoint = false;
  for (; k < args.length; k++) {
    const arg = args[k] ?? '';
    if (!arg.startsWith('-')) break;
    if (/^--entrypoint/.test(arg)) entrypoint = true;
    if (!arg.includes('=') && RUN_VALUE_OPTIONS.has(arg)) k++;
  }
  const image = args[k];
  if (image === undefined) return PASS;
  const repo = image.replace(/@.*$/, '').replace(/:[^/]*$/, '');
  if (!TF_IMAGE.test(repo)) return PASS;
  if (entrypoint) {
    return refuse(
      `${tool} run ${image} with --entrypoint runs Terraform where destroy-guard cannot see it; run terraform on this machine, where the shim guards it`,
    );
  }
  const inner = decideEmbedded(baseName(repo), args.slice(k + 1));
  if (inner.kind === 'pass') return PASS;
  const why =
    inner.kind === 'refuse' ? inner.reason : 'an apply inside a container cannot be assessed';
  return refuse(
    `${tool} run ${image}: ${why}; run terraform on this machine, where the shim guards it`,
  );
}

/** `compose down -v`, `volume rm|prune`, `system prune --volumes`: volumes hold the data. */
function volumeRefusal(
  tool: string,
  words: readonly string[],
  args: readonly string[],
): Decision | undefined {
  const withVolumes = args.some((arg) => arg === '-v' || arg === '--volumes');
  const deletes =
    (words[0] === 'compose' && words.includes('down') && withVolumes) ||
    (words[0] === 'volume' && /^(?:rm|remove|prune)$/.test(words[1] ?? '')) ||
    (words[0] === 'system' && words[1] === 'prune' && withVolumes);
  return deletes
    ? refuse(
        `${tool} ${words.slice(0, 2).join(' ')} deletes volumes and the data in them; ${PERSON}`,
      )
    : undefined;
}

/** A container's own command, by the image it is: terraform, tofu, terragrunt or a front end. */
function decideEmbedded(name: string, args: readonly string[]): Decision {
  if (name === 'terragrunt' || name === 'docker-terragrunt')
    return decideTerragrunt(args, {}, () => false);
  if (name === 'cdktf') return decideCdktf(args);
  if (name === 'pulumi') return decidePulumi(args);
  if (name === 'atmos') return decideAtmos(args);
  const first = args[0];
  // An image whose command is terraform itself, or `image terraform apply` with a shell.
  const tfArgs = first !== undefined && isTfName(baseName(first)) ? args.slice(1) : args;
  const tf = readTfArgs(tfArgs, {});
  if ('error' in tf) return refuse(tf.error);
  const family = tfFamily(name === 'opentofu' ? 'tofu' : name) === 'tofu' ? 'tofu' : 'terraform';
  return decideTerraform(family, tf);
}

export function decideCdktf(args: readonly string[]): Decision {
  const sub = args.find((arg) => !arg.startsWith('-'));
  if (sub === 'destroy')
    return refuse(`cdktf destroy deletes every resource of the stack; ${PERSON}`);
  if (sub === 'deploy' || sub === 'apply') {
    return refuse(
      `cdktf ${sub} applies without a saved plan destroy-guard can assess; run cdktf synth, then terraform plan -out=tfplan and terraform apply tfplan in cdktf.out/stacks/STACK`,
    );
  }
  return PASS;
}

export function decidePulumi(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const sub = words[0];
  if (sub === 'destroy' || sub === 'down')
    return refuse(`pulumi ${sub} deletes every resource of the stack; ${PERSON}`);
  if (sub === 'up' || sub === 'update') {
    return refuse(
      `pulumi ${sub} changes infrastructure with no plan destroy-guard can read; a person runs it after reviewing pulumi preview`,
    );
  }
  if ((sub === 'stack' && words[1] === 'rm') || (sub === 'state' && words[1] === 'delete'))
    return refuse(`pulumi ${words.slice(0, 2).join(' ')} drops state; ${PERSON}`);
  return PASS;
}

export function decideAtmos(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  if (words[0] !== 'terraform' && words[0] !== 'helmfile') return PASS;
  const sub = words[1] ?? '';
  if (/^(?:apply|deploy|destroy)$/.test(sub) || args.some((arg) => /^--?destroy$/.test(arg))) {
    return refuse(
      `atmos ${words[0]} ${sub} applies or destroys a stack where destroy-guard cannot assess the plan; plan with atmos terraform plan and apply the saved plan with terraform, or ${PERSON}`,
    );
  }
  if (sub === 'workspace' && words.includes('delete'))
    return refuse(`atmos terraform workspace delete drops state; ${PERSON}`);
  return PASS;
}
