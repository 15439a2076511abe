/**
 * The judgement for a type nobody has reviewed (another provider, or newer than the review):
 * never silently configuration. When its name says it holds data, its delete is judged as a
 * stateful one. Measured against the reviewed decisions in test/catalog/unreviewed.test.ts;
 * the figures are in docs/catalog.md.
 */

/** A set of space-separated words; `withEmpty` adds `''` (no next word at all). */
function words(list: string, withEmpty = false): ReadonlySet<string> {
  const set = new Set(list.split(' '));
  if (withEmpty) set.add('');
  return set;
}

/** Name words that say a type holds data (the head noun of a resource type name). */
const DATA_WORDS: ReadonlySet<string> = words(
  'database databases db bucket volume disk table snapshot backup vault secret key ' +
    'repository repo queue topic stream index cache filesystem log logs registry storage ' +
    'warehouse lake dataset ledger keyspace graph mailbox archive collection redis mysql ' +
    'postgresql postgres mongodb cosmosdb kafka elasticsearch opensearch bigtable spanner ' +
    'firestore memcache keyvault zone store featurestore metastore tensorboard catalog hbase ' +
    'broker hsm notebook workspace mlflow memory',
);

/**
 * Services that are data stores, counted only when the next word names the store itself
 * (`rds_cluster`, `docdb_cluster_instance`), not a setting of it (`redshift_partner`).
 */
const STORE_SERVICES: ReadonlySet<string> = words(
  'rds docdb docdbelastic neptune dynamodb elasticache redshift redshiftserverless memorydb ' +
    'msk mq dsql alloydb filestore memorystore parallelstore lustre looker mssql kusto mongo ' +
    'servicebus eventhub',
);
const STORE_NOUNS: ReadonlySet<string> = words(
  'cluster instance global serverless replication namespace flexible server managed database',
  true,
);

/** Words that, just before a data word, make it something else: `route_table`, `api_key`. */
const NOT_DATA_BEFORE: ReadonlySet<string> = words(
  'route api ssh access public host signing usage',
);

/** Two-word data nouns, joined with `_` as they appear in type names. */
const DATA_PAIRS: ReadonlySet<string> = words(
  'file_system data_set recovery_point user_pool hosted_zone dns_zone search_service',
);

/**
 * Words that, after a data word, make the type something about the data rather than the data
 * itself: `bucket_policy`, `db_subnet_group`, `key_pair`, `table_item`, `queue_redrive_policy`.
 */
const CONFIG_WORDS: ReadonlySet<string> = words(
  'policy policies attachment association associations configuration config rule rules ' +
    'permission permissions membership binding iam acl settings setting grant notification ' +
    'notifications alias tag tags endpoint subscription member assignment access role ' +
    'lifecycle template parameter subnet pair item object rotation schedule version ' +
    'encryption exclusive sharing link trigger filter consumer principal authorization ' +
    'mapping signing event firewall network option proxy route target connection identity ' +
    'provider definition integration delivery destination metric alarm monitor alert insight ' +
    'insights pattern limit usage request job client customization controls options saml ' +
    'processor optimizer source restore export propagation framework report testing anomaly ' +
    'detector transformer task reserved state certificate api token customer administrator ' +
    'admin query saved solution counter properties website path procedure function gateway ' +
    'webhook scope map credential pool view profile bundle row field handle ring keyset ' +
    'origin channel agent named intent analysis assessment signed cert execution connections ' +
    'analytics',
);

/** Words that, anywhere before a data word, make it a reference to data kept elsewhere. */
const REFERENCE_BEFORE: ReadonlySet<string> = words(
  'factory linked output input endpoint migration defender mover edge transfer export ' +
    'backend attached change eventgrid firewall tags',
);

export interface NameJudgement {
  /** `true` when the name says the type holds data. */
  readonly holdsData: boolean;
  /** The data word that decided it (`bucket`, `file_system`), when it holds data. */
  readonly word?: string;
}

/** Judges a resource type by its name alone, provider prefix removed. */
export function judgeUnreviewedName(type: string): NameJudgement {
  const words = type.split('_').slice(1);
  let found: string | undefined;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const pair = `${word}_${words[index + 1] ?? ''}`;
    const store = STORE_SERVICES.has(word) && STORE_NOUNS.has(words[index + 1] ?? '');
    const width = DATA_PAIRS.has(pair) ? 2 : DATA_WORDS.has(word) || store ? 1 : 0;
    if (width === 0 || NOT_DATA_BEFORE.has(words[index - 1] ?? '')) continue;
    if (words.slice(0, index).some((before) => REFERENCE_BEFORE.has(before))) continue;
    // A configuration word after the data word means the type is about the data, not it.
    if (words.slice(index + width).some((after) => CONFIG_WORDS.has(after))) continue;
    found = width === 2 ? pair : word;
  }
  return found === undefined ? { holdsData: false } : { holdsData: true, word: found };
}
