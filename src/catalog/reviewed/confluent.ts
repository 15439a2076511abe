import type { ReviewedList } from './format.js';

/*
 * Every Confluent Cloud (confluentinc/confluent) resource type in the provider's documentation at
 * the version in `reviewedAt`, except those with a full entry in ../data/others.ts, decided from
 * what its delete does. Reasons follow `#` where the call is not obvious.
 */
export const CONFLUENT_REVIEWED: ReviewedList = {
  provider: 'confluent',
  reviewedAt: 'confluentinc/confluent v2.83.3 (August 2026): docs/resources',
  get lines() {
    return `
confluent_access_point none
confluent_api_key none
confluent_business_metadata none
confluent_business_metadata_binding none
confluent_byok_key none
confluent_catalog_entity_attributes none
confluent_catalog_integration none
confluent_certificate_authority none
confluent_certificate_pool none
confluent_cluster_link safeguard data  # replication between clusters
confluent_connect_artifact none
confluent_connector none
confluent_custom_connector_plugin none
confluent_custom_connector_plugin_version none
confluent_dns_forwarder none
confluent_dns_record none
confluent_flink_artifact none
confluent_flink_compute_pool none
confluent_flink_compute_pool_config none
confluent_flink_connection none
confluent_flink_materialized_table stateful queue-stream high  # backed by a Kafka topic holding its rows
confluent_flink_statement none  # re-created from its SQL; job state restarts
confluent_gateway none
confluent_group_mapping none
confluent_identity_pool none
confluent_identity_provider none
confluent_invitation none
confluent_ip_filter none
confluent_ip_group none
confluent_kafka_acl none
confluent_kafka_client_quota none
confluent_kafka_cluster_config none
confluent_kafka_mirror_topic safeguard data  # a replica of the source topic (after a failover it is the primary: decide as confluent_kafka_topic)
confluent_ksql_cluster stateful queue-stream high  # persistent queries created outside Terraform, their state and internal topics
confluent_network none
confluent_network_link_endpoint none
confluent_network_link_service none
confluent_peering none
confluent_plugin none
confluent_private_link_access none
confluent_private_link_attachment none
confluent_private_link_attachment_connection none
confluent_provider_integration none
confluent_provider_integration_authorization none
confluent_provider_integration_setup none
confluent_role_binding none
confluent_rtce_topic stateful queue-stream high  # the topic's data
confluent_schema stateful other-stateful high  # messages reference schemas by id; a hard-deleted schema can no longer be resolved
confluent_schema_exporter none
confluent_schema_registry_cluster_config none
confluent_schema_registry_cluster_mode none
confluent_schema_registry_dek stateful encryption-key critical  # a data encryption key: fields encrypted with it cannot be decrypted without it
confluent_schema_registry_kek stateful encryption-key critical  # the key encryption key protecting the data encryption keys
confluent_service_account none
confluent_subject_config none
confluent_subject_mode none
confluent_tableflow_topic stateful data-warehouse high  # the Iceberg tables materialized in Confluent-managed storage
confluent_tag none
confluent_tag_binding none
confluent_tf_importer none
confluent_transit_gateway_attachment none
`;
  },
};
