import { ALICLOUD_REVIEWED } from './alicloud.js';
import { AWS_REVIEWED } from './aws.js';
import { AZURERM_REVIEWED } from './azurerm.js';
import { CLOUDFLARE_REVIEWED } from './cloudflare.js';
import { CONFLUENT_REVIEWED } from './confluent.js';
import { DATABRICKS_REVIEWED } from './databricks.js';
import { DATADOG_REVIEWED } from './datadog.js';
import { DIGITALOCEAN_REVIEWED } from './digitalocean.js';
import { EC_REVIEWED, ELASTICSTACK_REVIEWED } from './elastic.js';
import { GITHUB_REVIEWED } from './github.js';
import { GOOGLE_REVIEWED } from './google.js';
import { HCLOUD_REVIEWED } from './hcloud.js';
import { HEROKU_REVIEWED } from './heroku.js';
import { IBM_REVIEWED } from './ibm.js';
import { KAFKA_REVIEWED } from './kafka.js';
import { KUBERNETES_REVIEWED } from './kubernetes.js';
import { LINODE_REVIEWED } from './linode.js';
import { MONGODBATLAS_REVIEWED } from './mongodbatlas.js';
import { OCI_REVIEWED } from './oci.js';
import { OVH_REVIEWED } from './ovh.js';
import { PAGERDUTY_REVIEWED } from './pagerduty.js';
import { SCALEWAY_REVIEWED } from './scaleway.js';
import { SNOWFLAKE_REVIEWED } from './snowflake.js';
import { VAULT_REVIEWED } from './vault.js';
import type { ReviewedList } from './format.js';

export type { ReviewedList } from './format.js';
export { findReviewedDecision, parseReviewedList } from './parse.js';
export type { ParsedList, ReviewedDecision } from './parse.js';

/** Every provider's reviewed decision list, one per provider. */
export const REVIEWED_LISTS: readonly ReviewedList[] = [
  ALICLOUD_REVIEWED,
  AWS_REVIEWED,
  AZURERM_REVIEWED,
  CLOUDFLARE_REVIEWED,
  CONFLUENT_REVIEWED,
  DATABRICKS_REVIEWED,
  DATADOG_REVIEWED,
  DIGITALOCEAN_REVIEWED,
  EC_REVIEWED,
  ELASTICSTACK_REVIEWED,
  GITHUB_REVIEWED,
  GOOGLE_REVIEWED,
  HCLOUD_REVIEWED,
  HEROKU_REVIEWED,
  IBM_REVIEWED,
  KAFKA_REVIEWED,
  KUBERNETES_REVIEWED,
  LINODE_REVIEWED,
  MONGODBATLAS_REVIEWED,
  OCI_REVIEWED,
  OVH_REVIEWED,
  PAGERDUTY_REVIEWED,
  SCALEWAY_REVIEWED,
  SNOWFLAKE_REVIEWED,
  VAULT_REVIEWED,
];
