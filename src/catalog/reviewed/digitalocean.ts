import type { ReviewedList } from './format.js';

/*
 * Every DigitalOcean (digitalocean/digitalocean) resource type in the provider's documentation at
 * the version in `reviewedAt`, except those with a full entry in ../data/others.ts, decided from
 * what its delete does. Reasons follow `#` where the call is not obvious.
 */
export const DIGITALOCEAN_REVIEWED: ReviewedList = {
  provider: 'digitalocean',
  reviewedAt: 'digitalocean/digitalocean v2.99.1 (August 2026): docs and resource map',
  get lines() {
    return `
digitalocean_app stateful relational-database high  # dev databases declared in the app spec (production = false) are deleted with the app
digitalocean_byoip_prefix none
digitalocean_cdn none
digitalocean_certificate none
digitalocean_container_registries stateful container-registry high  # like digitalocean_container_registry: the images pushed to the registries
digitalocean_container_registry_docker_credentials none
digitalocean_custom_image none
digitalocean_database_advanced_mysql_config none
digitalocean_database_advanced_postgresql_config none
digitalocean_database_connection_pool none
digitalocean_database_firewall none
digitalocean_database_kafka_config none
digitalocean_database_kafka_schema_registry none
digitalocean_database_kafka_topic stateful queue-stream high  # the topic's messages
digitalocean_database_logsink_opensearch none
digitalocean_database_logsink_rsyslog none
digitalocean_database_mongodb_config none
digitalocean_database_mysql_config none
digitalocean_database_online_migration none
digitalocean_database_opensearch_config none
digitalocean_database_postgresql_config none
digitalocean_database_redis_config none
digitalocean_database_user none  # re-created from the configuration, with a new password
digitalocean_database_valkey_config none
digitalocean_dedicated_inference none
digitalocean_dedicated_inference_token none
digitalocean_droplet none  # compute: volumes are separate resources (like cloud VMs)
digitalocean_droplet_autoscale none
digitalocean_firewall none
digitalocean_floating_ip none
digitalocean_floating_ip_assignment none
digitalocean_gradientai_agent none
digitalocean_gradientai_agent_knowledge_base_attachment none
digitalocean_gradientai_agent_route none
digitalocean_gradientai_custom_model stateful ml-model high  # an uploaded or fine-tuned model
digitalocean_gradientai_function none
digitalocean_gradientai_indexing_job_cancel none
digitalocean_gradientai_knowledge_base stateful search-analytics high  # its indexed embeddings; re-indexing needs every data source to still exist
digitalocean_gradientai_knowledge_base_data_source none
digitalocean_gradientai_openai_api_key none
digitalocean_kubernetes_cluster stateful other-stateful high  # like other managed Kubernetes: the cluster state (objects created outside Terraform) is deleted
digitalocean_kubernetes_node_pool none  # node disks hold no persistent data; volumes are separate
digitalocean_loadbalancer none
digitalocean_monitor_alert none
digitalocean_nfs stateful file-storage critical  # the share's files
digitalocean_nfs_access_point none
digitalocean_nfs_attachment none
digitalocean_nfs_snapshot safeguard data  # a snapshot of an NFS share
digitalocean_partner_attachment none
digitalocean_project none
digitalocean_project_resources none
digitalocean_record none
digitalocean_reserved_ip none
digitalocean_reserved_ip_assignment none
digitalocean_reserved_ipv6 none
digitalocean_reserved_ipv6_assignment none
digitalocean_spaces_bucket_cors_configuration none
digitalocean_spaces_bucket_logging none
digitalocean_spaces_bucket_object stateful object-storage high  # like aws_s3_object: destroy deletes the object's current content
digitalocean_spaces_bucket_policy none
digitalocean_spaces_key none
digitalocean_ssh_key none
digitalocean_tag none
digitalocean_uptime_alert none
digitalocean_uptime_check none
digitalocean_vector_database stateful nosql-database critical  # the stored vectors
digitalocean_volume_attachment none
digitalocean_vpc none
digitalocean_vpc_nat_gateway none
digitalocean_vpc_peering none
`;
  },
};
