/**
 * Deletes of data stores through the cloud CLIs: the incident's outcome without Terraform.
 * Only deletes of things that hold data (databases, snapshots, buckets, volumes, key vaults,
 * whole stacks or projects) are refused; reads and other writes pass.
 */
import { wordSet } from '../shell/names.js';
import { PASS, PERSON, refuse, type Decision } from './decision.js';

/** AWS services whose `delete-*` operations delete data or its backups. */
const AWS_DATA_SERVICES = wordSet(`
  rds docdb docdb-elastic neptune dynamodb s3api redshift redshift-serverless elasticache memorydb
  opensearch opensearchserverless es efs fsx backup glacier kinesis timestream-write qldb keyspaces
  secretsmanager dax lightsail dsql
`);
/** Other services' operations that delete data. */
const AWS_DATA_OPERATIONS = wordSet(`
  ec2:delete-volume ec2:delete-snapshot ec2:deregister-image kms:schedule-key-deletion
  cloudformation:delete-stack ecr:delete-repository logs:delete-log-group sqs:delete-queue
  sns:delete-topic eks:delete-cluster organizations:close-account
`);

/** Options of the aws CLI that take a value (anything else starting with -- is a switch). */
const AWS_VALUE_OPTIONS = wordSet(
  '--region --profile --output --endpoint-url --query --cli-read-timeout --cli-connect-timeout --color --ca-bundle',
);

export function decideAws(args: readonly string[]): Decision {
  const positionals: string[] = [];
  for (let k = 0; k < args.length && positionals.length < 2; k++) {
    const arg = args[k] ?? '';
    if (!arg.startsWith('-')) positionals.push(arg);
    else if (!arg.includes('=') && AWS_VALUE_OPTIONS.has(arg)) k++;
  }
  const [service = '', operation = ''] = positionals;
  const shown = `aws ${service} ${operation}`;
  if (
    /^modify-|^update-/.test(operation) &&
    args.some((arg) => /^--no-deletion-protection/.test(arg))
  )
    return refuse(
      `${shown} --no-deletion-protection switches off a data store's protection; ${PERSON}`,
    );
  if (service === 's3') return decideS3(operation, args);
  const deletes =
    (AWS_DATA_SERVICES.has(service) && /^(?:delete|remove|purge)-/.test(operation)) ||
    AWS_DATA_OPERATIONS.has(`${service}:${operation}`);
  return deletes ? refuse(`${shown} deletes data directly, outside any plan; ${PERSON}`) : PASS;
}

function decideS3(operation: string, args: readonly string[]): Decision {
  const recursive = args.some((arg) => arg === '--recursive' || arg === '-r');
  if (operation === 'rb') return refuse(`aws s3 rb deletes a bucket; ${PERSON}`);
  if (operation === 'rm' && recursive)
    return refuse(`aws s3 rm --recursive deletes a bucket's objects; ${PERSON}`);
  if ((operation === 'sync' || operation === 'mv') && args.includes('--delete'))
    return refuse(`aws s3 ${operation} --delete deletes objects; ${PERSON}`);
  return PASS;
}

/** gcloud groups that hold data: `gcloud GROUP … delete` is refused. */
const GCLOUD_DATA_GROUPS = wordSet(`
  sql spanner bigtable firestore datastore redis memcache alloydb filestore storage projects
  container bigquery kms secrets pubsub looker netapp backup-dr
`);
const GCLOUD_COMPUTE_DATA = wordSet('disks snapshots images instances machine-images');

export function decideGcloud(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const group = words[0] === 'alpha' || words[0] === 'beta' ? words[1] : words[0];
  const verb = words.find((word) => /^(?:delete|rm|destroy|purge)$/.test(word));
  if (group === undefined || verb === undefined) return PASS;
  const data =
    GCLOUD_DATA_GROUPS.has(group) ||
    (group === 'compute' && words.some((w) => GCLOUD_COMPUTE_DATA.has(w)));
  return data
    ? refuse(`gcloud ${group} … ${verb} deletes data directly, outside any plan; ${PERSON}`)
    : PASS;
}

export function decideGsutil(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const sub = words[0];
  const recursive =
    args.some((arg) => /^-[a-zA-Z]*[rR]/.test(arg) || arg === '-a') ||
    words.some((w) => w.includes('*'));
  if (sub === 'rb') return refuse(`gsutil rb deletes a bucket; ${PERSON}`);
  if (sub === 'rm' && recursive)
    return refuse(`gsutil rm -r deletes a bucket's objects; ${PERSON}`);
  if (sub === 'rsync' && args.some((arg) => /^-[a-zA-Z]*d/.test(arg)))
    return refuse(`gsutil rsync -d deletes objects; ${PERSON}`);
  return PASS;
}

export function decideBq(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  return words[0] === 'rm' ? refuse(`bq rm deletes a dataset or table; ${PERSON}`) : PASS;
}

/** az groups that hold data: `az GROUP … delete|purge` is refused. */
const AZ_DATA_GROUPS = wordSet(`
  sql cosmosdb storage keyvault postgres mysql mariadb redis group disk snapshot backup aks
  synapse kusto monitor servicebus eventhubs netappfiles dataprotection sig image vm
`);

export function decideAz(args: readonly string[]): Decision {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const group = words[0];
  const verb = words.find((word) => /^(?:delete|purge|delete-batch|remove)$/.test(word));
  if (group === undefined || verb === undefined || !AZ_DATA_GROUPS.has(group)) return PASS;
  return refuse(
    `az ${words.slice(0, words.indexOf(verb) + 1).join(' ')} deletes data directly, outside any plan; ${PERSON}`,
  );
}
