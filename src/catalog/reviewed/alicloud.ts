import type { ReviewedList } from './format.js';

/*
 * Alibaba Cloud (aliyun/alicloud): its stateful and safeguard types without a full entry in
 * ../data/others.ts, and the not-stateful types whose names look like data. Types not listed are
 * unreviewed.
 * Decided from what the provider's delete does; see docs/catalog.md.
 */
export const ALICLOUD_REVIEWED: ReviewedList = {
  provider: 'alicloud',
  reviewedAt: 'aliyun/alicloud v1.289.0 (sources of 2026-08-21)',
  get lines() {
    return `
alicloud_adb_cluster stateful data-warehouse critical   # the old name of alicloud_adb_db_cluster
alicloud_adb_db_cluster stateful data-warehouse critical
alicloud_adb_db_cluster_lake_version stateful data-warehouse critical
alicloud_alikafka_instance stateful queue-stream high
alicloud_alikafka_topic stateful queue-stream high
alicloud_amqp_instance stateful queue-stream high
alicloud_amqp_queue stateful queue-stream high
alicloud_amqp_virtual_host stateful queue-stream high   # cascade: its queues and their messages
alicloud_cassandra_cluster stateful nosql-database critical
alicloud_click_house_db_cluster stateful data-warehouse critical
alicloud_click_house_enterprise_db_cluster stateful data-warehouse critical
alicloud_cloud_phone_instance stateful workstation high   # the phone's user data
alicloud_cms_prometheus_instance stateful monitoring-state high   # the metrics it stores
alicloud_compute_nest_service_instance stateful other-stateful high   # cascade: deleting a service instance deletes the resources it deployed
alicloud_cr_chart_namespace stateful container-registry high   # cascade: its chart repositories
alicloud_cr_chart_repository stateful container-registry high   # every chart pushed to it
alicloud_cr_ee_instance stateful container-registry high   # every repository and image in the instance
alicloud_cr_ee_namespace stateful container-registry high   # cascade: its repositories and images
alicloud_cr_namespace stateful container-registry high   # cascade: its repositories and images
alicloud_cr_repo stateful container-registry high   # every image pushed to it
alicloud_cs_edge_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_cs_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_cs_managed_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_cs_serverless_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_data_works_project stateful other-stateful high   # workflows and nodes built in the DataWorks IDE
alicloud_datahub_project stateful queue-stream high   # cascade: its topics and their records
alicloud_datahub_topic stateful queue-stream high
alicloud_db_database stateful relational-database critical
alicloud_dbfs_instance stateful block-storage critical
alicloud_dfs_file_system stateful file-storage critical
alicloud_disk stateful block-storage critical   # the old name of alicloud_ecs_disk
alicloud_dns stateful dns-zone high   # the old name of alicloud_dns_domain
alicloud_dns_domain stateful dns-zone high   # records created outside Terraform go with the domain
alicloud_drds_instance stateful relational-database critical
alicloud_drds_polardbx_instance stateful relational-database critical
alicloud_ecd_desktop stateful workstation high   # its user disk holds what the user saved
alicloud_ecd_nas_file_system stateful file-storage critical
alicloud_ecp_instance stateful workstation high   # the phone's user data
alicloud_ecs_instance_set stateful block-storage high   # deletes its instances' system disks
alicloud_elasticsearch_instance stateful search-analytics high
alicloud_emr_cluster stateful other-stateful high   # HDFS and local disks of the cluster's nodes; data kept in OSS survives
alicloud_emrv2_cluster stateful other-stateful high   # HDFS and local disks of the cluster's nodes; data kept in OSS survives
alicloud_ens_disk stateful block-storage critical
alicloud_ens_instance stateful block-storage high   # deletes its system disk
alicloud_esa_kv_namespace stateful nosql-database high   # every key written to it, mostly by edge routines
alicloud_esa_site stateful dns-zone high   # records and rules created outside Terraform go with the site
alicloud_gpdb_database stateful data-warehouse critical
alicloud_gpdb_elastic_instance stateful data-warehouse critical
alicloud_gpdb_instance stateful data-warehouse critical
alicloud_gpdb_supabase_project stateful relational-database critical   # a Supabase project and its Postgres database
alicloud_graph_database_db_instance stateful nosql-database critical
alicloud_hbase_instance stateful nosql-database critical
alicloud_hologram_instance stateful data-warehouse critical
alicloud_instance stateful block-storage high   # deletes its system disk and data disks created with it
alicloud_kms_client_key stateful secret high   # the client key and its password are generated and returned once
alicloud_kms_instance stateful encryption-key critical   # the keys and secrets created in the instance
alicloud_kms_key_version stateful encryption-key critical
alicloud_lindorm_instance stateful nosql-database critical
alicloud_lindorm_instance_v2 stateful nosql-database critical
alicloud_maxcompute_project stateful data-warehouse critical   # its tables and resources
alicloud_message_service_queue stateful queue-stream high
alicloud_milvus_instance stateful nosql-database critical   # a vector database
alicloud_mns_queue stateful queue-stream high   # the old name of alicloud_message_service_queue
alicloud_mongodb_serverless_instance stateful nosql-database critical
alicloud_mongodb_sharding_instance stateful nosql-database critical
alicloud_mse_cluster stateful config-store high   # Nacos or ZooKeeper configuration and registrations made outside Terraform
alicloud_nas_fileset stateful file-storage critical   # deleting a fileset deletes its files
alicloud_ocean_base_instance stateful relational-database critical
alicloud_ons_instance stateful queue-stream high
alicloud_ons_topic stateful queue-stream high
alicloud_oos_parameter stateful config-store high   # as other parameter stores: the value and its history
alicloud_oos_secret_parameter stateful secret high   # as other parameter stores: the value and its history
alicloud_open_search_app_group stateful search-analytics high
alicloud_ots_instance stateful nosql-database critical
alicloud_ots_table stateful nosql-database critical
alicloud_pai_workspace_experiment stateful ml-model high   # its runs and logged metrics
alicloud_pai_workspace_model stateful ml-model high   # the model versions registered by training
alicloud_pai_workspace_run stateful ml-model high   # its logged metrics
alicloud_pai_workspace_workspace stateful ml-model high   # cascade: its models, experiments and runs
alicloud_polardb_database stateful relational-database critical
alicloud_polardb_dynamo_table stateful nosql-database critical
alicloud_polardb_zonal_db_cluster stateful relational-database critical
alicloud_pvtz_zone stateful dns-zone high   # records created outside Terraform go with the zone
alicloud_rds_clone_db_instance stateful relational-database critical   # the clone holds its own writes
alicloud_rds_custom stateful relational-database critical
alicloud_rds_custom_disk stateful block-storage critical
alicloud_rds_ddr_instance stateful relational-database critical   # an instance restored from a cross-region backup, with its own writes
alicloud_rds_upgrade_db_instance stateful relational-database critical   # the upgraded instance the data was migrated to
alicloud_redis_tair_instance stateful cache high
alicloud_rocketmq_instance stateful queue-stream high
alicloud_rocketmq_topic stateful queue-stream high
alicloud_ros_stack stateful other-stateful high   # cascade: deleting a stack deletes its resources (retain_all_resources defaults to false)
alicloud_ros_stack_instance stateful other-stateful high   # cascade: deletes the stack and its resources in the target account
alicloud_ros_stack_instances stateful other-stateful high   # cascade: deletes the stacks and their resources in the target accounts
alicloud_selectdb_db_instance stateful data-warehouse critical
alicloud_service_catalog_provisioned_product stateful other-stateful high   # cascade: deletes the resources the product deployed
alicloud_simple_application_server_disk stateful block-storage critical
alicloud_simple_application_server_instance stateful block-storage high   # its disk is the server's storage
alicloud_star_rocks_instance stateful data-warehouse critical
alicloud_tsdb_instance stateful nosql-database critical
alicloud_yundun_dbaudit_instance stateful log high   # the stored audit records
alicloud_adb_backup_policy safeguard policy
alicloud_cassandra_backup_plan safeguard policy
alicloud_cassandra_data_center safeguard data   # the replicas it holds; the cluster keeps the data in its other data centres
alicloud_click_house_backup_policy safeguard policy
alicloud_click_house_enterprise_db_cluster_backup_policy safeguard policy
alicloud_cloud_phone_image safeguard data
alicloud_cr_ee_sync_rule safeguard data   # replication of images to another instance
alicloud_db_backup_policy safeguard policy
alicloud_db_readonly_instance safeguard data   # a read replica
alicloud_dbfs_auto_snap_shot_policy safeguard policy
alicloud_dbfs_snapshot safeguard data
alicloud_dbs_backup_plan safeguard data   # releasing a backup plan deletes the backups it stores
alicloud_ebs_disk_replica_group safeguard data   # asynchronous replication of disks
alicloud_ebs_disk_replica_pair safeguard data   # asynchronous replication of a disk
alicloud_ebs_enterprise_snapshot_policy safeguard policy
alicloud_ebs_enterprise_snapshot_policy_attachment safeguard policy
alicloud_ecd_image safeguard data
alicloud_ecd_snapshot safeguard data
alicloud_ecs_auto_snapshot_policy safeguard policy
alicloud_ecs_auto_snapshot_policy_attachment safeguard policy
alicloud_ecs_snapshot_group safeguard data
alicloud_ens_image safeguard data
alicloud_ens_snapshot safeguard data
alicloud_gpdb_backup_policy safeguard policy
alicloud_hbr_hana_backup_plan safeguard policy
alicloud_hbr_nas_backup_plan safeguard policy
alicloud_hbr_oss_backup_plan safeguard policy
alicloud_hbr_ots_backup_plan safeguard policy
alicloud_hbr_policy safeguard policy
alicloud_hbr_policy_binding safeguard policy
alicloud_hbr_replication_vault safeguard data
alicloud_hbr_server_backup_plan safeguard policy
alicloud_image safeguard data   # a copy of disks as they were
alicloud_image_copy safeguard data   # a copy of an image in another region
alicloud_kvstore_backup_policy safeguard policy
alicloud_nas_auto_snapshot_policy safeguard policy
alicloud_nas_recycle_bin safeguard policy   # keeps deleted files restorable
alicloud_nas_snapshot safeguard data
alicloud_oss_bucket_object_worm_configuration safeguard policy   # retention lock
alicloud_oss_bucket_replication safeguard data
alicloud_oss_bucket_versioning safeguard data   # object versioning
alicloud_oss_bucket_worm safeguard policy   # retention lock
alicloud_polardb_backup_policy safeguard policy
alicloud_polardb_global_database_network safeguard data   # cross-region replication
alicloud_rds_backup safeguard data
alicloud_rds_instance_cross_backup_policy safeguard policy
alicloud_redis_backup safeguard data
alicloud_simple_application_server_custom_image safeguard data
alicloud_simple_application_server_snapshot safeguard data
alicloud_snapshot safeguard data   # the old name of alicloud_ecs_snapshot
alicloud_snapshot_policy safeguard policy   # the old name of alicloud_ecs_auto_snapshot_policy
alicloud_threat_detection_backup_policy safeguard policy   # anti-ransomware backups
alicloud_alikafka_consumer_group none   # offsets only; the messages stay in the topic
alicloud_cloud_storage_gateway_gateway none   # a gateway; the data is in its OSS bucket
alicloud_cr_chain none
alicloud_cr_endpoint_acl_policy none
alicloud_datahub_subscription none   # offsets only; the records stay in the topic
alicloud_db_account none
alicloud_disk_attachment none
alicloud_dts_migration_job none   # moves data; the source and destination keep it
alicloud_dts_subscription_job none
alicloud_dts_synchronization_job none   # moves data; the source and destination keep it
alicloud_ebs_replica_group_drill none
alicloud_ebs_replica_pair_drill none
alicloud_ecs_disk_attachment none
alicloud_esa_kv none   # its value comes from the configuration
alicloud_hbr_cross_account none
alicloud_hbr_ecs_backup_client none
alicloud_hbr_hana_backup_client none
alicloud_hbr_hana_instance none
alicloud_hbr_restore_job none
alicloud_kms_alias none
alicloud_kms_application_access_point none
alicloud_kms_ciphertext none   # computed from the plaintext in the configuration
alicloud_kms_network_rule none
alicloud_kms_policy none
alicloud_kvstore_account none
alicloud_log_store_index none
alicloud_logtail_attachment none
alicloud_logtail_config none
alicloud_message_service_subscription none
alicloud_message_service_topic none   # a topic delivers and keeps nothing
alicloud_mns_topic none   # a topic delivers and keeps nothing
alicloud_mns_topic_subscription none
alicloud_mongodb_account none
alicloud_mse_nacos_config none   # its content comes from the configuration
alicloud_mse_znode none   # its content comes from the configuration
alicloud_nas_data_flow none
alicloud_nas_lifecycle_policy none
alicloud_ons_group none   # offsets only; the messages stay in the topic
alicloud_oss_bucket_object none   # its content comes from the configuration
alicloud_polardb_account none
alicloud_polardb_dynamo_item none   # its value comes from the configuration
alicloud_rds_db_node none   # a node of the instance, whose storage is the instance's
alicloud_realtime_compute_deployment none   # its state is in savepoints in OSS
alicloud_realtime_compute_vvp_instance none   # job state is kept in OSS
alicloud_rocketmq_consumer_group none   # offsets only; the messages stay in the topic
alicloud_selectdb_db_cluster none   # a compute cluster; the data is the instance's
alicloud_sls_index none
alicloud_star_rocks_node_group none   # a compute group; the data is the instance's
`;
  },
};
