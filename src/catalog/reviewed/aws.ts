import type { ReviewedList } from './format.js';

/*
 * Every hashicorp/aws resource type (v6.58.0, plus types removed before it) that has no full
 * entry in ../data/aws.ts, one decision a line (format: ./format.ts; how decisions are made:
 * docs/catalog.md). Decided from what the provider's delete does: most types are
 * configuration, networking, IAM, policies and attachments, and re-creating them from the
 * same configuration loses nothing.
 */
export const AWS_REVIEWED: ReviewedList = {
  provider: 'aws',
  reviewedAt: 'hashicorp/aws v6.58.0',
  get lines() {
    return `
aws_accessanalyzer_analyzer                                           none
aws_accessanalyzer_archive_rule                                       none
aws_account_alternate_contact                                         none
aws_account_primary_contact                                           none
aws_account_region                                                    none
aws_acm_certificate                                                   none
aws_acm_certificate_validation                                        none
aws_acmpca_certificate                                                none                                  # issued certificates cannot be deleted; destroy only removes it from state
aws_acmpca_certificate_authority_certificate                          none
aws_acmpca_permission                                                 none
aws_acmpca_policy                                                     none
aws_alb                                                               none                                  # holds no data; an enable_deletion_protection flip is still reported
aws_alb_listener                                                      none
aws_alb_listener_certificate                                          none
aws_alb_listener_rule                                                 none
aws_alb_target_group                                                  none
aws_alb_target_group_attachment                                       none
aws_ami                                                               none                                  # registered from existing snapshots, which stay (only aws_ami_copy and aws_ami_from_instance delete theirs)
aws_ami_copy                                                          safeguard data                        # a copy of an image; deleting it deletes the snapshots it made
aws_ami_from_instance                                                 safeguard data                        # an image of the instance's disks; deleting it deletes the snapshots it made
aws_ami_launch_permission                                             none
aws_amplify_app                                                       none
aws_amplify_backend_environment                                       none
aws_amplify_branch                                                    none
aws_amplify_domain_association                                        none
aws_amplify_webhook                                                   none
aws_api_gateway_account                                               none
aws_api_gateway_api_key                                               none                                  # a new key is issued; nothing stored is lost
aws_api_gateway_authorizer                                            none
aws_api_gateway_base_path_mapping                                     none
aws_api_gateway_client_certificate                                    none
aws_api_gateway_deployment                                            none
aws_api_gateway_documentation_part                                    none
aws_api_gateway_documentation_version                                 none
aws_api_gateway_domain_name                                           none
aws_api_gateway_domain_name_access_association                        none
aws_api_gateway_gateway_response                                      none
aws_api_gateway_integration                                           none
aws_api_gateway_integration_response                                  none
aws_api_gateway_method                                                none
aws_api_gateway_method_response                                       none
aws_api_gateway_method_settings                                       none
aws_api_gateway_model                                                 none
aws_api_gateway_request_validator                                     none
aws_api_gateway_resource                                              none
aws_api_gateway_rest_api                                              none
aws_api_gateway_rest_api_policy                                       none
aws_api_gateway_rest_api_put                                          none
aws_api_gateway_stage                                                 none
aws_api_gateway_usage_plan                                            none
aws_api_gateway_usage_plan_key                                        none
aws_api_gateway_vpc_link                                              none
aws_apigatewayv2_api                                                  none
aws_apigatewayv2_api_mapping                                          none
aws_apigatewayv2_authorizer                                           none
aws_apigatewayv2_deployment                                           none
aws_apigatewayv2_domain_name                                          none
aws_apigatewayv2_integration                                          none
aws_apigatewayv2_integration_response                                 none
aws_apigatewayv2_model                                                none
aws_apigatewayv2_route                                                none
aws_apigatewayv2_route_response                                       none
aws_apigatewayv2_routing_rule                                         none
aws_apigatewayv2_stage                                                none
aws_apigatewayv2_vpc_link                                             none
aws_app_cookie_stickiness_policy                                      none
aws_appautoscaling_policy                                             none
aws_appautoscaling_scheduled_action                                   none
aws_appautoscaling_target                                             none
aws_appconfig_application                                             none
aws_appconfig_configuration_profile                                   none
aws_appconfig_deployment                                              none
aws_appconfig_deployment_strategy                                     none
aws_appconfig_environment                                             none
aws_appconfig_extension                                               none
aws_appconfig_extension_association                                   none
aws_appconfig_hosted_configuration_version                            none
aws_appfabric_app_authorization                                       none
aws_appfabric_app_authorization_connection                            none
aws_appfabric_app_bundle                                              none
aws_appfabric_ingestion                                               none
aws_appfabric_ingestion_destination                                   none
aws_appflow_connector_profile                                         none
aws_appflow_flow                                                      none
aws_appintegrations_data_integration                                  none
aws_appintegrations_event_integration                                 none
aws_applicationinsights_application                                   none
aws_appmesh_gateway_route                                             none
aws_appmesh_mesh                                                      none
aws_appmesh_route                                                     none
aws_appmesh_virtual_gateway                                           none
aws_appmesh_virtual_node                                              none
aws_appmesh_virtual_router                                            none
aws_appmesh_virtual_service                                           none
aws_apprunner_auto_scaling_configuration_version                      none
aws_apprunner_connection                                              none
aws_apprunner_custom_domain_association                               none
aws_apprunner_default_auto_scaling_configuration_version              none
aws_apprunner_deployment                                              none
aws_apprunner_observability_configuration                             none
aws_apprunner_service                                                 none
aws_apprunner_vpc_connector                                           none
aws_apprunner_vpc_ingress_connection                                  none
aws_appstream_directory_config                                        none
aws_appstream_fleet                                                   none
aws_appstream_fleet_stack_association                                 none
aws_appstream_image_builder                                           none                                  # a temporary builder instance
aws_appstream_stack                                                   none
aws_appstream_user                                                    none                                  # defined by the configuration; application settings are stored in S3
aws_appstream_user_stack_association                                  none
aws_appsync_api                                                       none
aws_appsync_api_cache                                                 none                                  # a cache of resolver results
aws_appsync_api_key                                                   none                                  # a new key is issued; nothing stored is lost
aws_appsync_channel_namespace                                         none
aws_appsync_datasource                                                none
aws_appsync_domain_name                                               none
aws_appsync_domain_name_api_association                               none
aws_appsync_function                                                  none
aws_appsync_graphql_api                                               none
aws_appsync_resolver                                                  none
aws_appsync_source_api_association                                    none
aws_appsync_type                                                      none
aws_arcregionswitch_plan                                              none
aws_arczonalshift_autoshift_observer_notification_status              none
aws_arczonalshift_zonal_autoshift_configuration                       none
aws_athena_capacity_reservation                                       none
aws_athena_data_catalog                                               none
aws_athena_database                                                   stateful data-warehouse high          # its tables are usually created by queries outside Terraform; force_destroy drops them
aws_athena_named_query                                                none
aws_athena_prepared_statement                                         none
aws_athena_workgroup                                                  none
aws_auditmanager_account_registration                                 none
aws_auditmanager_assessment                                           stateful monitoring-state high        # the evidence collected for the assessment is deleted with it
aws_auditmanager_assessment_delegation                                none
aws_auditmanager_assessment_report                                    none
aws_auditmanager_control                                              none
aws_auditmanager_framework                                            none
aws_auditmanager_framework_share                                      none
aws_auditmanager_organization_admin_account_registration              none
aws_autoscaling_attachment                                            none
aws_autoscaling_group                                                 none
aws_autoscaling_group_tag                                             none
aws_autoscaling_lifecycle_hook                                        none
aws_autoscaling_notification                                          none
aws_autoscaling_policy                                                none
aws_autoscaling_schedule                                              none
aws_autoscaling_traffic_source_attachment                             none
aws_autoscalingplans_scaling_plan                                     none
aws_backup_framework                                                  none
aws_backup_global_settings                                            none
aws_backup_region_settings                                            none
aws_backup_report_plan                                                none
aws_backup_restore_testing_plan                                       none
aws_backup_restore_testing_selection                                  none
aws_backup_vault_notifications                                        none
aws_batch_compute_environment                                         none
aws_batch_job_definition                                              none
aws_batch_job_queue                                                   none
aws_batch_scheduling_policy                                           none
aws_bcmdataexports_export                                             none
aws_bedrock_custom_model                                              stateful ml-model high                # the customised model is the output of a training job
aws_bedrock_evaluation_job                                            none
aws_bedrock_foundation_model_agreement                                none
aws_bedrock_guardrail                                                 none
aws_bedrock_guardrail_version                                         none
aws_bedrock_inference_profile                                         none
aws_bedrock_model_invocation_logging_configuration                    none
aws_bedrock_provisioned_model_throughput                              none
aws_bedrock_use_case_for_model_access                                 none
aws_bedrockagent_agent                                                none
aws_bedrockagent_agent_action_group                                   none
aws_bedrockagent_agent_alias                                          none
aws_bedrockagent_agent_collaborator                                   none
aws_bedrockagent_agent_knowledge_base_association                     none
aws_bedrockagent_data_source                                          none                                  # its documents are re-ingested from the source
aws_bedrockagent_flow                                                 none
aws_bedrockagent_knowledge_base                                       none                                  # the vectors live in the separate vector store
aws_bedrockagent_prompt                                               none
aws_bedrockagentcore_agent_runtime                                    none
aws_bedrockagentcore_agent_runtime_endpoint                           none
aws_bedrockagentcore_api_key_credential_provider                      none
aws_bedrockagentcore_browser                                          none
aws_bedrockagentcore_browser_profile                                  stateful config-store high            # holds cookies, local storage and sign-in state saved from browser sessions
aws_bedrockagentcore_code_interpreter                                 none
aws_bedrockagentcore_evaluator                                        none
aws_bedrockagentcore_gateway                                          none
aws_bedrockagentcore_gateway_target                                   none
aws_bedrockagentcore_harness                                          none
aws_bedrockagentcore_memory                                           stateful nosql-database high          # holds the agent's conversation events and extracted long-term memories
aws_bedrockagentcore_memory_strategy                                  none
aws_bedrockagentcore_oauth2_credential_provider                       none
aws_bedrockagentcore_online_evaluation_config                         none
aws_bedrockagentcore_policy                                           none
aws_bedrockagentcore_policy_engine                                    none
aws_bedrockagentcore_registry                                         none
aws_bedrockagentcore_resource_policy                                  none
aws_bedrockagentcore_token_vault_cmk                                  none
aws_bedrockagentcore_workload_identity                                none
aws_billing_view                                                      none
aws_budgets_budget                                                    none
aws_budgets_budget_action                                             none
aws_ce_anomaly_monitor                                                none
aws_ce_anomaly_subscription                                           none
aws_ce_cost_allocation_tag                                            none
aws_ce_cost_category                                                  none
aws_chatbot_slack_channel_configuration                               none
aws_chatbot_teams_channel_configuration                               none
aws_chime_voice_connector                                             none
aws_chime_voice_connector_group                                       none
aws_chime_voice_connector_logging                                     none
aws_chime_voice_connector_origination                                 none
aws_chime_voice_connector_streaming                                   none
aws_chime_voice_connector_termination                                 none
aws_chime_voice_connector_termination_credentials                     none
aws_chimesdkmediapipelines_media_insights_pipeline_configuration      none
aws_chimesdkvoice_global_settings                                     none
aws_chimesdkvoice_sip_media_application                               none
aws_chimesdkvoice_sip_rule                                            none
aws_chimesdkvoice_voice_profile_domain                                stateful identity-directory high      # deleting the domain deletes the enrolled speakers' voice profiles
aws_cleanrooms_collaboration                                          none
aws_cleanrooms_configured_table                                       none
aws_cleanrooms_membership                                             none
aws_cloud9_environment_ec2                                            stateful workstation high             # the environment's EBS volume holds the developers' work
aws_cloud9_environment_membership                                     none
aws_cloudcontrolapi_resource                                          stateful other-stateful high          # manages any CloudFormation resource type, data stores included; the type is only an argument
aws_cloudformation_stack                                              stateful other-stateful high          # cascade: deleting the stack deletes every resource it created, data stores included
aws_cloudformation_stack_instances                                    stateful other-stateful high          # cascade: deletes the stack instances and their resources unless retain_stacks
aws_cloudformation_stack_set                                          stateful other-stateful high          # cascade: deleting the set deletes its stacks and their resources
aws_cloudformation_stack_set_instance                                 stateful other-stateful high          # cascade: deletes the stack and its resources unless retain_stack
aws_cloudformation_type                                               none
aws_cloudfront_anycast_ip_list                                        none
aws_cloudfront_cache_policy                                           none
aws_cloudfront_connection_function                                    none
aws_cloudfront_connection_group                                       none
aws_cloudfront_continuous_deployment_policy                           none
aws_cloudfront_distribution                                           none
aws_cloudfront_distribution_tenant                                    none
aws_cloudfront_field_level_encryption_config                          none
aws_cloudfront_field_level_encryption_profile                         none
aws_cloudfront_function                                               none
aws_cloudfront_key_group                                              none
aws_cloudfront_key_value_store                                        stateful config-store high            # keys written through the KeyValueStore API live only in the store
aws_cloudfront_monitoring_subscription                                none
aws_cloudfront_multitenant_distribution                               none
aws_cloudfront_origin_access_control                                  none
aws_cloudfront_origin_access_identity                                 none
aws_cloudfront_origin_request_policy                                  none
aws_cloudfront_public_key                                             none
aws_cloudfront_realtime_log_config                                    none
aws_cloudfront_response_headers_policy                                none
aws_cloudfront_trust_store                                            none
aws_cloudfront_vpc_origin                                             none
aws_cloudfrontkeyvaluestore_key                                       none                                  # written from the configuration
aws_cloudfrontkeyvaluestore_keys_exclusive                            none
aws_cloudhsm_v2_hsm                                                   stateful encryption-key high          # cluster member: the keys are the cluster's; deleting the last HSM leaves only the cluster backups
aws_cloudsearch_domain_service_access_policy                          none
aws_cloudtrail                                                        none                                  # delivers events to S3 and CloudWatch Logs, which keep them
aws_cloudtrail_organization_delegated_admin_account                   none
aws_cloudwatch_alarm_mute_rule                                        none
aws_cloudwatch_composite_alarm                                        none
aws_cloudwatch_contributor_insight_rule                               none
aws_cloudwatch_contributor_managed_insight_rule                       none
aws_cloudwatch_dashboard                                              none
aws_cloudwatch_event_api_destination                                  none
aws_cloudwatch_event_archive                                          stateful log high                     # holds the archived events kept for replay
aws_cloudwatch_event_bus                                              none
aws_cloudwatch_event_bus_policy                                       none
aws_cloudwatch_event_connection                                       none
aws_cloudwatch_event_endpoint                                         none
aws_cloudwatch_event_permission                                       none
aws_cloudwatch_event_rule                                             none
aws_cloudwatch_event_target                                           none
aws_cloudwatch_log_account_policy                                     none
aws_cloudwatch_log_anomaly_detector                                   none
aws_cloudwatch_log_data_protection_policy                             none
aws_cloudwatch_log_delivery                                           none
aws_cloudwatch_log_delivery_destination                               none
aws_cloudwatch_log_delivery_destination_policy                        none
aws_cloudwatch_log_delivery_source                                    none
aws_cloudwatch_log_destination                                        none
aws_cloudwatch_log_destination_policy                                 none
aws_cloudwatch_log_index_policy                                       none
aws_cloudwatch_log_metric_filter                                      none
aws_cloudwatch_log_resource_policy                                    none
aws_cloudwatch_log_s3_table_integration_source                        none
aws_cloudwatch_log_storage_tier_policy                                none
aws_cloudwatch_log_stream                                             stateful log high                     # deleting the stream deletes its log events
aws_cloudwatch_log_subscription_filter                                none
aws_cloudwatch_log_transformer                                        none
aws_cloudwatch_metric_alarm                                           none
aws_cloudwatch_metric_stream                                          none
aws_cloudwatch_otel_enrichment                                        none
aws_cloudwatch_query_definition                                       none
aws_codeartifact_domain                                               none                                  # AWS refuses the delete while repositories exist, so a delete that succeeds loses nothing
aws_codeartifact_domain_permissions_policy                            none
aws_codeartifact_repository                                           stateful container-registry high      # holds the published package versions
aws_codeartifact_repository_permissions_policy                        none
aws_codebuild_fleet                                                   none
aws_codebuild_project                                                 none
aws_codebuild_report_group                                            none                                  # test reports regenerated by builds
aws_codebuild_resource_policy                                         none
aws_codebuild_source_credential                                       none
aws_codebuild_webhook                                                 none
aws_codecatalyst_dev_environment                                      stateful workstation high             # the persistent storage of the dev environment is deleted
aws_codecatalyst_project                                              stateful source-repository high       # cascade: deleting the project deletes its source repositories and issues
aws_codecatalyst_source_repository                                    stateful source-repository high
aws_codecommit_approval_rule_template                                 none
aws_codecommit_approval_rule_template_association                     none
aws_codecommit_trigger                                                none
aws_codeconnections_connection                                        none
aws_codeconnections_host                                              none
aws_codedeploy_app                                                    none
aws_codedeploy_deployment_config                                      none
aws_codedeploy_deployment_group                                       none
aws_codeguruprofiler_profiling_group                                  none
aws_codegurureviewer_repository_association                           none
aws_codepipeline                                                      none
aws_codepipeline_custom_action_type                                   none
aws_codepipeline_webhook                                              none
aws_codestarconnections_connection                                    none
aws_codestarconnections_host                                          none
aws_codestarnotifications_notification_rule                           none
aws_cognito_identity_pool_provider_principal_tag                      none
aws_cognito_identity_pool_roles_attachment                            none
aws_cognito_identity_provider                                         none
aws_cognito_log_delivery_configuration                                none
aws_cognito_managed_login_branding                                    none
aws_cognito_managed_user_pool_client                                  none
aws_cognito_resource_server                                           none
aws_cognito_risk_configuration                                        none
aws_cognito_user                                                      stateful identity-directory high      # a re-created user gets a new sub and loses its password and MFA
aws_cognito_user_group                                                none
aws_cognito_user_in_group                                             none
aws_cognito_user_pool_client                                          none
aws_cognito_user_pool_domain                                          none
aws_cognito_user_pool_ui_customization                                none
aws_comprehend_document_classifier                                    stateful ml-model high                # trained model
aws_comprehend_entity_recognizer                                      stateful ml-model high                # trained model
aws_computeoptimizer_enrollment_status                                none
aws_computeoptimizer_recommendation_preferences                       none
aws_config_aggregate_authorization                                    none
aws_config_config_rule                                                none
aws_config_configuration_aggregator                                   none
aws_config_configuration_recorder                                     none
aws_config_configuration_recorder_status                              none
aws_config_conformance_pack                                           none
aws_config_delivery_channel                                           none
aws_config_organization_conformance_pack                              none
aws_config_organization_custom_policy_rule                            none
aws_config_organization_custom_rule                                   none
aws_config_organization_managed_rule                                  none
aws_config_remediation_configuration                                  none
aws_config_retention_configuration                                    none
aws_connect_bot_association                                           none
aws_connect_contact_flow                                              none
aws_connect_contact_flow_module                                       none
aws_connect_hours_of_operation                                        none
aws_connect_instance                                                  stateful other-stateful high          # cascade: contact records, users, queues and flows made in the Connect console go with the instance
aws_connect_instance_storage_config                                   none
aws_connect_lambda_function_association                               none
aws_connect_phone_number                                              none                                  # a claimed number, not data
aws_connect_phone_number_contact_flow_association                     none
aws_connect_queue                                                     none
aws_connect_quick_connect                                             none
aws_connect_routing_profile                                           none
aws_connect_security_profile                                          none
aws_connect_user                                                      stateful identity-directory high      # user account: its password and history are not in the configuration
aws_connect_user_hierarchy_group                                      none
aws_connect_user_hierarchy_structure                                  none
aws_connect_vocabulary                                                none
aws_controltower_baseline                                             none
aws_controltower_control                                              none
aws_controltower_landing_zone                                         none
aws_costoptimizationhub_enrollment_status                             none
aws_costoptimizationhub_preferences                                   none
aws_cur_report_definition                                             none
aws_customer_gateway                                                  none
aws_customerprofiles_domain                                           stateful nosql-database high          # holds the customer profiles ingested into the domain
aws_customerprofiles_profile                                          none
aws_dataexchange_data_set                                             stateful object-storage high          # cascade: its revisions and imported assets are deleted
aws_dataexchange_event_action                                         none
aws_dataexchange_revision                                             none
aws_dataexchange_revision_assets                                      none
aws_datapipeline_pipeline                                             none
aws_datapipeline_pipeline_definition                                  none
aws_datasync_agent                                                    none
aws_datasync_location_azure_blob                                      none
aws_datasync_location_efs                                             none
aws_datasync_location_fsx_lustre_file_system                          none
aws_datasync_location_fsx_ontap_file_system                           none
aws_datasync_location_fsx_openzfs_file_system                         none
aws_datasync_location_fsx_windows_file_system                         none
aws_datasync_location_hdfs                                            none
aws_datasync_location_nfs                                             none
aws_datasync_location_object_storage                                  none
aws_datasync_location_s3                                              none
aws_datasync_location_smb                                             none
aws_datasync_task                                                     none
aws_datazone_asset_type                                               none
aws_datazone_domain                                                   stateful search-analytics high        # holds the business catalog (assets, glossaries, projects) built in the portal
aws_datazone_environment                                              none
aws_datazone_environment_blueprint_configuration                      none
aws_datazone_environment_profile                                      none
aws_datazone_form_type                                                none
aws_datazone_glossary                                                 none
aws_datazone_glossary_term                                            none
aws_datazone_project                                                  none
aws_datazone_user_profile                                             none
aws_dax_cluster                                                       none                                  # write-through cache in front of DynamoDB: the table keeps every write
aws_dax_parameter_group                                               none
aws_dax_subnet_group                                                  none
aws_db_event_subscription                                             none
aws_db_instance_role_association                                      none
aws_db_option_group                                                   none
aws_db_parameter_group                                                none
aws_db_proxy                                                          none
aws_db_proxy_default_target_group                                     none
aws_db_proxy_endpoint                                                 none
aws_db_proxy_target                                                   none
aws_db_subnet_group                                                   none
aws_default_network_acl                                               none
aws_default_route_table                                               none
aws_default_security_group                                            none
aws_default_subnet                                                    none
aws_default_vpc                                                       none
aws_default_vpc_dhcp_options                                          none
aws_detective_graph                                                   stateful monitoring-state high        # deleting the behavior graph deletes its collected security data
aws_detective_invitation_accepter                                     none
aws_detective_member                                                  none
aws_detective_organization_admin_account                              none
aws_detective_organization_configuration                              none
aws_devicefarm_device_pool                                            none
aws_devicefarm_instance_profile                                       none
aws_devicefarm_network_profile                                        none
aws_devicefarm_project                                                none
aws_devicefarm_test_grid_project                                      none
aws_devicefarm_upload                                                 none
aws_devopsguru_event_sources_config                                   none
aws_devopsguru_notification_channel                                   none
aws_devopsguru_resource_collection                                    none
aws_devopsguru_service_integration                                    none
aws_directory_service_conditional_forwarder                           none
aws_directory_service_log_subscription                                none
aws_directory_service_radius_settings                                 none
aws_directory_service_region                                          none                                  # a replica region of a directory; the primary keeps the data
aws_directory_service_shared_directory                                none
aws_directory_service_shared_directory_accepter                       none
aws_directory_service_trust                                           none
aws_dms_certificate                                                   none
aws_dms_endpoint                                                      none
aws_dms_event_subscription                                            none
aws_dms_replication_config                                            none
aws_dms_replication_instance                                          none
aws_dms_replication_subnet_group                                      none
aws_dms_replication_task                                              none
aws_dms_s3_endpoint                                                   none
aws_docdb_cluster_parameter_group                                     none
aws_docdb_event_subscription                                          none
aws_docdb_subnet_group                                                none
aws_drs_replication_configuration_template                            none
aws_dsql_cluster_peering                                              none
aws_dx_bgp_peer                                                       none
aws_dx_connection                                                     none
aws_dx_connection_association                                         none
aws_dx_connection_confirmation                                        none
aws_dx_gateway                                                        none
aws_dx_gateway_association                                            none
aws_dx_gateway_association_proposal                                   none
aws_dx_hosted_connection                                              none
aws_dx_hosted_private_virtual_interface                               none
aws_dx_hosted_private_virtual_interface_accepter                      none
aws_dx_hosted_public_virtual_interface                                none
aws_dx_hosted_public_virtual_interface_accepter                       none
aws_dx_hosted_transit_virtual_interface                               none
aws_dx_hosted_transit_virtual_interface_accepter                      none
aws_dx_lag                                                            none
aws_dx_macsec_key_association                                         none
aws_dx_private_virtual_interface                                      none
aws_dx_public_virtual_interface                                       none
aws_dx_transit_virtual_interface                                      none
aws_dynamodb_contributor_insights                                     none
aws_dynamodb_global_secondary_index                                   none                                  # an index is rebuilt from the table
aws_dynamodb_kinesis_streaming_destination                            none
aws_dynamodb_resource_policy                                          none
aws_dynamodb_table_export                                             none                                  # the exported files stay in S3
aws_dynamodb_table_item                                               none                                  # the item is written from the configuration
aws_dynamodb_tag                                                      none
aws_ebs_default_kms_key                                               none
aws_ebs_encryption_by_default                                         none
aws_ebs_fast_snapshot_restore                                         none
aws_ebs_snapshot_block_public_access                                  none
aws_ebs_volume_copy                                                   stateful block-storage critical       # a volume like any other: what is written to it after the copy is lost
aws_ec2_allowed_images_settings                                       none
aws_ec2_availability_zone_group                                       none
aws_ec2_capacity_block_reservation                                    none
aws_ec2_capacity_reservation                                          none
aws_ec2_carrier_gateway                                               none
aws_ec2_client_vpn_authorization_rule                                 none
aws_ec2_client_vpn_endpoint                                           none
aws_ec2_client_vpn_network_association                                none
aws_ec2_client_vpn_route                                              none
aws_ec2_default_credit_specification                                  none
aws_ec2_fleet                                                         none
aws_ec2_host                                                          none
aws_ec2_image_block_public_access                                     none
aws_ec2_instance_connect_endpoint                                     none
aws_ec2_instance_metadata_defaults                                    none
aws_ec2_instance_state                                                none
aws_ec2_local_gateway_route                                           none
aws_ec2_local_gateway_route_table                                     none
aws_ec2_local_gateway_route_table_virtual_interface_group_association none
aws_ec2_local_gateway_route_table_vpc_association                     none
aws_ec2_managed_prefix_list                                           none
aws_ec2_managed_prefix_list_entry                                     none
aws_ec2_network_insights_access_scope                                 none
aws_ec2_network_insights_analysis                                     none
aws_ec2_network_insights_path                                         none
aws_ec2_secondary_network                                             none
aws_ec2_secondary_subnet                                              none
aws_ec2_serial_console_access                                         none
aws_ec2_subnet_cidr_reservation                                       none
aws_ec2_tag                                                           none
aws_ec2_traffic_mirror_filter                                         none
aws_ec2_traffic_mirror_filter_rule                                    none
aws_ec2_traffic_mirror_session                                        none
aws_ec2_traffic_mirror_target                                         none
aws_ec2_transit_gateway                                               none
aws_ec2_transit_gateway_connect                                       none
aws_ec2_transit_gateway_connect_peer                                  none
aws_ec2_transit_gateway_default_route_table_association               none
aws_ec2_transit_gateway_default_route_table_propagation               none
aws_ec2_transit_gateway_metering_policy                               none
aws_ec2_transit_gateway_metering_policy_entry                         none
aws_ec2_transit_gateway_multicast_domain                              none
aws_ec2_transit_gateway_multicast_domain_association                  none
aws_ec2_transit_gateway_multicast_group_member                        none
aws_ec2_transit_gateway_multicast_group_source                        none
aws_ec2_transit_gateway_peering_attachment                            none
aws_ec2_transit_gateway_peering_attachment_accepter                   none
aws_ec2_transit_gateway_policy_table                                  none
aws_ec2_transit_gateway_policy_table_association                      none
aws_ec2_transit_gateway_prefix_list_reference                         none
aws_ec2_transit_gateway_route                                         none
aws_ec2_transit_gateway_route_table                                   none
aws_ec2_transit_gateway_route_table_association                       none
aws_ec2_transit_gateway_route_table_propagation                       none
aws_ec2_transit_gateway_vpc_attachment                                none
aws_ec2_transit_gateway_vpc_attachment_accepter                       none
aws_ecr_account_setting                                               none
aws_ecr_lifecycle_policy                                              none
aws_ecr_pull_through_cache_rule                                       none
aws_ecr_pull_time_update_exclusion                                    none
aws_ecr_registry_policy                                               none
aws_ecr_registry_scanning_configuration                               none
aws_ecr_replication_configuration                                     safeguard data                        # replicates images to other regions or accounts
aws_ecr_repository_creation_template                                  none
aws_ecr_repository_policy                                             none
aws_ecrpublic_repository_policy                                       none
aws_ecs_account_setting_default                                       none
aws_ecs_capacity_provider                                             none
aws_ecs_cluster                                                       none
aws_ecs_cluster_capacity_providers                                    none
aws_ecs_daemon                                                        none
aws_ecs_daemon_task_definition                                        none
aws_ecs_express_gateway_service                                       none
aws_ecs_service                                                       none
aws_ecs_tag                                                           none
aws_ecs_task_definition                                               none
aws_ecs_task_set                                                      none
aws_efs_access_point                                                  none
aws_efs_file_system_policy                                            none
aws_efs_mount_target                                                  none
aws_egress_only_internet_gateway                                      none
aws_eip                                                               none                                  # an address, not data
aws_eip_association                                                   none
aws_eip_domain_name                                                   none
aws_eks_access_entry                                                  none
aws_eks_access_policy_association                                     none
aws_eks_addon                                                         none
aws_eks_capability                                                    none
aws_eks_fargate_profile                                               none
aws_eks_identity_provider_config                                      none
aws_eks_node_group                                                    none
aws_eks_pod_identity_association                                      none
aws_elastic_beanstalk_application                                     none
aws_elastic_beanstalk_application_version                             none
aws_elastic_beanstalk_configuration_template                          none
aws_elastic_beanstalk_environment                                     none                                  # application servers; keep databases outside the environment
aws_elasticache_parameter_group                                       none
aws_elasticache_reserved_cache_node                                   none
aws_elasticache_subnet_group                                          none
aws_elasticache_user                                                  none                                  # the password comes from the configuration
aws_elasticache_user_group                                            none
aws_elasticache_user_group_association                                none
aws_elasticsearch_domain_policy                                       none
aws_elasticsearch_domain_saml_options                                 none
aws_elasticsearch_vpc_endpoint                                        none
aws_elastictranscoder_pipeline                                        none
aws_elastictranscoder_preset                                          none
aws_elb                                                               none
aws_elb_attachment                                                    none
aws_emr_block_public_access_configuration                             none
aws_emr_cluster                                                       stateful other-stateful high          # HDFS on the core nodes is deleted with the cluster
aws_emr_instance_fleet                                                none                                  # cluster member: HDFS is the cluster's
aws_emr_instance_group                                                none                                  # cluster member: HDFS is the cluster's
aws_emr_managed_scaling_policy                                        none
aws_emr_security_configuration                                        none
aws_emr_studio                                                        none
aws_emr_studio_session_mapping                                        none
aws_emrcontainers_job_template                                        none
aws_emrcontainers_virtual_cluster                                     none
aws_emrserverless_application                                         none
aws_evidently_feature                                                 none
aws_evidently_launch                                                  none
aws_evidently_project                                                 none
aws_evidently_segment                                                 none
aws_finspace_kx_cluster                                               none                                  # compute over the kx databases and volumes
aws_finspace_kx_database                                              stateful nosql-database critical
aws_finspace_kx_dataview                                              none                                  # a cached view of a kx database
aws_finspace_kx_environment                                           stateful nosql-database high          # cascade: deleting the environment deletes its kdb databases
aws_finspace_kx_scaling_group                                         none
aws_finspace_kx_user                                                  none
aws_finspace_kx_volume                                                stateful block-storage critical
aws_fis_experiment_template                                           none
aws_fis_target_account_configuration                                  none
aws_flow_log                                                          none
aws_fms_admin_account                                                 none
aws_fms_policy                                                        none
aws_fms_resource_set                                                  none
aws_fsx_data_repository_association                                   none                                  # delete_data_in_filesystem defaults to false: the files stay
aws_fsx_file_cache                                                    stateful cache high                   # writes not yet exported to the linked repository are lost
aws_fsx_ontap_storage_virtual_machine                                 none                                  # its volumes are separate resources and AWS refuses the delete while they exist
aws_fsx_s3_access_point_attachment                                    none
aws_gamelift_alias                                                    none
aws_gamelift_build                                                    none
aws_gamelift_fleet                                                    none
aws_gamelift_game_server_group                                        none
aws_gamelift_game_session_queue                                       none
aws_gamelift_script                                                   none
aws_glacier_vault_lock                                                safeguard policy                      # the vault's lock policy
aws_globalaccelerator_accelerator                                     none
aws_globalaccelerator_cross_account_attachment                        none
aws_globalaccelerator_custom_routing_accelerator                      none
aws_globalaccelerator_custom_routing_endpoint_group                   none
aws_globalaccelerator_custom_routing_listener                         none
aws_globalaccelerator_endpoint_group                                  none
aws_globalaccelerator_listener                                        none
aws_glue_catalog                                                      stateful search-analytics high        # cascade: its databases and table definitions are deleted
aws_glue_catalog_table_optimizer                                      none
aws_glue_classifier                                                   none
aws_glue_connection                                                   none
aws_glue_crawler                                                      none
aws_glue_data_catalog_encryption_settings                             none
aws_glue_data_quality_ruleset                                         none
aws_glue_dev_endpoint                                                 none
aws_glue_job                                                          none
aws_glue_ml_transform                                                 stateful ml-model high                # the transform learns from labels imported into it
aws_glue_partition                                                    none
aws_glue_partition_index                                              none
aws_glue_registry                                                     stateful config-store high            # holds schemas and versions that producers register at run time
aws_glue_resource_policy                                              none
aws_glue_schema                                                       stateful config-store high            # schema versions registered by producers are not in the configuration
aws_glue_security_configuration                                       none
aws_glue_trigger                                                      none
aws_glue_user_defined_function                                        none
aws_glue_workflow                                                     none
aws_grafana_license_association                                       none
aws_grafana_role_association                                          none
aws_grafana_workspace                                                 stateful monitoring-state high        # dashboards, alerts and users made in Grafana live only in the workspace
aws_grafana_workspace_api_key                                         none
aws_grafana_workspace_saml_configuration                              none
aws_grafana_workspace_service_account                                 none
aws_grafana_workspace_service_account_token                           none
aws_guardduty_detector                                                stateful monitoring-state high        # deleting the detector deletes its findings
aws_guardduty_detector_feature                                        none
aws_guardduty_filter                                                  none
aws_guardduty_invite_accepter                                         none
aws_guardduty_ipset                                                   none
aws_guardduty_malware_protection_plan                                 none
aws_guardduty_member                                                  none
aws_guardduty_member_detector_feature                                 none
aws_guardduty_organization_admin_account                              none
aws_guardduty_organization_configuration                              none
aws_guardduty_organization_configuration_feature                      none
aws_guardduty_publishing_destination                                  none
aws_guardduty_threatintelset                                          none
aws_iam_access_key                                                    none                                  # a new key is issued; nothing stored is lost
aws_iam_account_alias                                                 none
aws_iam_account_password_policy                                       none
aws_iam_group                                                         none
aws_iam_group_membership                                              none
aws_iam_group_policies_exclusive                                      none
aws_iam_group_policy                                                  none
aws_iam_group_policy_attachment                                       none
aws_iam_group_policy_attachments_exclusive                            none
aws_iam_instance_profile                                              none
aws_iam_openid_connect_provider                                       none
aws_iam_organizations_features                                        none
aws_iam_outbound_web_identity_federation                              none
aws_iam_policy                                                        none
aws_iam_policy_attachment                                             none
aws_iam_role                                                          none
aws_iam_role_policies_exclusive                                       none
aws_iam_role_policy                                                   none
aws_iam_role_policy_attachment                                        none
aws_iam_role_policy_attachments_exclusive                             none
aws_iam_saml_provider                                                 none
aws_iam_security_token_service_preferences                            none
aws_iam_server_certificate                                            none
aws_iam_service_linked_role                                           none
aws_iam_service_specific_credential                                   none                                  # a new credential is issued; nothing stored is lost
aws_iam_signing_certificate                                           none
aws_iam_user                                                          none                                  # its credentials are separate resources; nothing stored is lost
aws_iam_user_group_membership                                         none
aws_iam_user_login_profile                                            none
aws_iam_user_policies_exclusive                                       none
aws_iam_user_policy                                                   none
aws_iam_user_policy_attachment                                        none
aws_iam_user_policy_attachments_exclusive                             none
aws_iam_user_ssh_key                                                  none
aws_iam_virtual_mfa_device                                            none
aws_identitystore_group                                               none
aws_identitystore_group_membership                                    none
aws_identitystore_user                                                stateful identity-directory high      # user account: password and MFA devices are not in the configuration
aws_imagebuilder_component                                            none
aws_imagebuilder_container_recipe                                     none
aws_imagebuilder_distribution_configuration                           none
aws_imagebuilder_image                                                none                                  # the images it produced stay
aws_imagebuilder_image_pipeline                                       none
aws_imagebuilder_image_recipe                                         none
aws_imagebuilder_infrastructure_configuration                         none
aws_imagebuilder_lifecycle_policy                                     none
aws_imagebuilder_workflow                                             none
aws_inspector2_delegated_admin_account                                none
aws_inspector2_enabler                                                none
aws_inspector2_filter                                                 none
aws_inspector2_member_association                                     none
aws_inspector2_organization_configuration                             none
aws_inspector_assessment_target                                       none
aws_inspector_assessment_template                                     none
aws_inspector_resource_group                                          none
aws_instance                                                          none                                  # replaceable compute; volumes go with it only when delete_on_termination, keep data on aws_ebs_volume
aws_internet_gateway                                                  none
aws_internet_gateway_attachment                                       none
aws_internetmonitor_monitor                                           none
aws_invoicing_invoice_unit                                            none
aws_iot_authorizer                                                    none
aws_iot_billing_group                                                 none
aws_iot_ca_certificate                                                none
aws_iot_certificate                                                   none
aws_iot_domain_configuration                                          none
aws_iot_event_configurations                                          none
aws_iot_indexing_configuration                                        none
aws_iot_logging_options                                               none
aws_iot_policy                                                        none
aws_iot_policy_attachment                                             none
aws_iot_provisioning_template                                         none
aws_iot_role_alias                                                    none
aws_iot_thing                                                         none
aws_iot_thing_group                                                   none
aws_iot_thing_group_membership                                        none
aws_iot_thing_principal_attachment                                    none
aws_iot_thing_type                                                    none
aws_iot_topic_rule                                                    none
aws_iot_topic_rule_destination                                        none
aws_ivs_channel                                                       none
aws_ivs_playback_key_pair                                             none
aws_ivs_recording_configuration                                       none
aws_ivschat_logging_configuration                                     none
aws_ivschat_room                                                      none
aws_kendra_data_source                                                none                                  # its documents are re-synced from the source
aws_kendra_experience                                                 none
aws_kendra_faq                                                        none                                  # read from a file in S3
aws_kendra_query_suggestions_block_list                               none
aws_kendra_thesaurus                                                  none
aws_key_pair                                                          none
aws_kinesis_account_settings                                          none
aws_kinesis_analytics_application                                     none
aws_kinesis_resource_policy                                           none
aws_kinesis_stream_consumer                                           none
aws_kinesisanalyticsv2_application                                    stateful queue-stream high            # the Flink application state and its snapshots are deleted with the application
aws_kinesisanalyticsv2_application_snapshot                           safeguard data
aws_kms_alias                                                         none
aws_kms_ciphertext                                                    none
aws_kms_custom_key_store                                              none                                  # the keys live in the CloudHSM cluster; AWS refuses the delete while KMS keys use it
aws_kms_grant                                                         none
aws_kms_key_policy                                                    none
aws_lakeformation_data_cells_filter                                   none
aws_lakeformation_data_lake_settings                                  none
aws_lakeformation_identity_center_configuration                       none
aws_lakeformation_lf_tag                                              none
aws_lakeformation_lf_tag_expression                                   none
aws_lakeformation_opt_in                                              none
aws_lakeformation_permissions                                         none
aws_lakeformation_resource                                            none
aws_lakeformation_resource_lf_tag                                     none
aws_lakeformation_resource_lf_tags                                    none
aws_lambda_alias                                                      none
aws_lambda_capacity_provider                                          none
aws_lambda_code_signing_config                                        none
aws_lambda_event_source_mapping                                       none
aws_lambda_function                                                   none
aws_lambda_function_event_invoke_config                               none
aws_lambda_function_recursion_config                                  none
aws_lambda_function_scaling_config                                    none
aws_lambda_function_url                                               none
aws_lambda_invocation                                                 none
aws_lambda_layer_version                                              none                                  # the code comes from the configuration
aws_lambda_layer_version_permission                                   none
aws_lambda_permission                                                 none
aws_lambda_provisioned_concurrency_config                             none
aws_lambda_runtime_management_config                                  none
aws_launch_configuration                                              none
aws_launch_template                                                   none
aws_lb                                                                none                                  # holds no data; an enable_deletion_protection flip is still reported
aws_lb_cookie_stickiness_policy                                       none
aws_lb_listener                                                       none
aws_lb_listener_certificate                                           none
aws_lb_listener_rule                                                  none
aws_lb_ssl_negotiation_policy                                         none
aws_lb_target_group                                                   none
aws_lb_target_group_attachment                                        none
aws_lb_trust_store                                                    none
aws_lb_trust_store_revocation                                         none
aws_lex_bot                                                           none
aws_lex_bot_alias                                                     none
aws_lex_intent                                                        none
aws_lex_slot_type                                                     none
aws_lexv2models_bot                                                   none
aws_lexv2models_bot_locale                                            none
aws_lexv2models_bot_version                                           none
aws_lexv2models_intent                                                none
aws_lexv2models_slot                                                  none
aws_lexv2models_slot_type                                             none
aws_licensemanager_association                                        none
aws_licensemanager_grant                                              none
aws_licensemanager_grant_accepter                                     none
aws_licensemanager_license_configuration                              none
aws_lightsail_bucket_access_key                                       none
aws_lightsail_bucket_resource_access                                  none
aws_lightsail_certificate                                             none
aws_lightsail_container_service                                       none
aws_lightsail_container_service_deployment_version                    none
aws_lightsail_disk_attachment                                         none
aws_lightsail_distribution                                            none
aws_lightsail_domain                                                  stateful dns-zone high                # records made outside Terraform are deleted with the zone
aws_lightsail_domain_entry                                            none
aws_lightsail_instance                                                none                                  # replaceable compute, like aws_instance
aws_lightsail_instance_public_ports                                   none
aws_lightsail_key_pair                                                none
aws_lightsail_lb                                                      none
aws_lightsail_lb_attachment                                           none
aws_lightsail_lb_certificate                                          none
aws_lightsail_lb_certificate_attachment                               none
aws_lightsail_lb_https_redirection_policy                             none
aws_lightsail_lb_stickiness_policy                                    none
aws_lightsail_static_ip                                               none
aws_lightsail_static_ip_attachment                                    none
aws_load_balancer_backend_server_policy                               none
aws_load_balancer_listener_policy                                     none
aws_load_balancer_policy                                              none
aws_location_geofence_collection                                      stateful config-store high            # holds the geofences put into it through the API
aws_location_map                                                      none
aws_location_place_index                                              none
aws_location_route_calculator                                         none
aws_location_tracker                                                  none                                  # positions are kept 30 days at most and devices keep reporting them
aws_location_tracker_association                                      none
aws_m2_application                                                    none
aws_m2_deployment                                                     none
aws_m2_environment                                                    none
aws_macie2_account                                                    none                                  # findings are regenerated by the next discovery jobs over data that stays in S3
aws_macie2_classification_export_configuration                        none
aws_macie2_classification_job                                         none
aws_macie2_custom_data_identifier                                     none
aws_macie2_findings_filter                                            none
aws_macie2_invitation_accepter                                        none
aws_macie2_member                                                     none
aws_macie2_organization_admin_account                                 none
aws_macie2_organization_configuration                                 none
aws_mailmanager_rule_set                                              none
aws_mailmanager_traffic_policy                                        none
aws_main_route_table_association                                      none
aws_media_convert_queue                                               none
aws_media_package_channel                                             none
aws_media_packagev2_channel_group                                     none
aws_media_store_container                                             stateful object-storage critical
aws_media_store_container_policy                                      none
aws_medialive_channel                                                 none
aws_medialive_input                                                   none
aws_medialive_input_security_group                                    none
aws_medialive_multiplex                                               none
aws_medialive_multiplex_program                                       none
aws_memorydb_acl                                                      none
aws_memorydb_multi_region_cluster                                     stateful nosql-database critical      # global container: its regional clusters hold the data
aws_memorydb_parameter_group                                          none
aws_memorydb_subnet_group                                             none
aws_memorydb_user                                                     none                                  # the password comes from the configuration
aws_mq_configuration                                                  none
aws_msk_cluster_policy                                                none
aws_msk_configuration                                                 none
aws_msk_replicator                                                    safeguard data                        # replicates topics to another cluster
aws_msk_scram_secret_association                                      none
aws_msk_single_scram_secret_association                               none
aws_msk_topic                                                         stateful queue-stream high            # the topic's messages are deleted
aws_msk_vpc_connection                                                none
aws_mskconnect_connector                                              none
aws_mskconnect_custom_plugin                                          none
aws_mskconnect_worker_configuration                                   none
aws_mwaa_environment                                                  stateful other-stateful high          # the Airflow metadata database (run history, connections and variables set in the UI) is deleted
aws_nat_gateway                                                       none
aws_nat_gateway_eip_association                                       none
aws_neptune_cluster_endpoint                                          none
aws_neptune_cluster_parameter_group                                   none
aws_neptune_event_subscription                                        none
aws_neptune_parameter_group                                           none
aws_neptune_subnet_group                                              none
aws_neptunegraph_graph                                                stateful nosql-database critical
aws_network_acl                                                       none
aws_network_acl_association                                           none
aws_network_acl_rule                                                  none
aws_network_interface                                                 none
aws_network_interface_attachment                                      none
aws_network_interface_permission                                      none
aws_network_interface_sg_attachment                                   none
aws_networkfirewall_firewall                                          none
aws_networkfirewall_firewall_policy                                   none
aws_networkfirewall_firewall_transit_gateway_attachment_accepter      none
aws_networkfirewall_logging_configuration                             none
aws_networkfirewall_resource_policy                                   none
aws_networkfirewall_rule_group                                        none
aws_networkfirewall_tls_inspection_configuration                      none
aws_networkfirewall_vpc_endpoint_association                          none
aws_networkflowmonitor_monitor                                        none
aws_networkflowmonitor_scope                                          none
aws_networkmanager_attachment_accepter                                none
aws_networkmanager_attachment_routing_policy_label                    none
aws_networkmanager_connect_attachment                                 none
aws_networkmanager_connect_peer                                       none
aws_networkmanager_connection                                         none
aws_networkmanager_core_network                                       none
aws_networkmanager_core_network_policy_attachment                     none
aws_networkmanager_customer_gateway_association                       none
aws_networkmanager_device                                             none
aws_networkmanager_dx_gateway_attachment                              none
aws_networkmanager_global_network                                     none
aws_networkmanager_link                                               none
aws_networkmanager_link_association                                   none
aws_networkmanager_prefix_list_association                            none
aws_networkmanager_site                                               none
aws_networkmanager_site_to_site_vpn_attachment                        none
aws_networkmanager_transit_gateway_connect_peer_association           none
aws_networkmanager_transit_gateway_peering                            none
aws_networkmanager_transit_gateway_registration                       none
aws_networkmanager_transit_gateway_route_table_attachment             none
aws_networkmanager_vpc_attachment                                     none
aws_networkmonitor_monitor                                            none
aws_networkmonitor_probe                                              none
aws_notifications_channel_association                                 none
aws_notifications_event_rule                                          none
aws_notifications_managed_notification_account_contact_association    none
aws_notifications_managed_notification_additional_channel_association none
aws_notifications_notification_configuration                          none
aws_notifications_notification_hub                                    none
aws_notifications_organizational_unit_association                     none
aws_notifications_organizations_access                                none
aws_notificationscontacts_email_contact                               none
aws_oam_link                                                          none
aws_oam_sink                                                          none
aws_oam_sink_policy                                                   none
aws_observabilityadmin_centralization_rule_for_organization           none
aws_observabilityadmin_s3_table_integration                           none
aws_observabilityadmin_telemetry_enrichment                           none
aws_observabilityadmin_telemetry_evaluation                           none
aws_observabilityadmin_telemetry_evaluation_for_organization          none
aws_observabilityadmin_telemetry_pipeline                             none
aws_observabilityadmin_telemetry_rule                                 none
aws_observabilityadmin_telemetry_rule_for_organization                none
aws_odb_cloud_autonomous_vm_cluster                                   stateful relational-database critical # hosts the Autonomous Databases created on it
aws_odb_cloud_exadata_infrastructure                                  stateful relational-database high     # cascade: the VM clusters and databases on it depend on it
aws_odb_cloud_vm_cluster                                              stateful relational-database critical # hosts the Oracle databases created on it
aws_odb_network                                                       none
aws_odb_network_peering_connection                                    none
aws_opensearch_application                                            none
aws_opensearch_authorize_vpc_endpoint_access                          none
aws_opensearch_domain_policy                                          none
aws_opensearch_domain_saml_options                                    none
aws_opensearch_inbound_connection_accepter                            none
aws_opensearch_outbound_connection                                    none
aws_opensearch_package                                                none
aws_opensearch_package_association                                    none
aws_opensearch_vpc_endpoint                                           none
aws_opensearchserverless_access_policy                                none
aws_opensearchserverless_collection_group                             none
aws_opensearchserverless_lifecycle_policy                             none
aws_opensearchserverless_security_config                              none
aws_opensearchserverless_security_policy                              none
aws_opensearchserverless_vpc_endpoint                                 none
aws_opsworks_application                                              none
aws_opsworks_custom_layer                                             none
aws_opsworks_ecs_cluster_layer                                        none
aws_opsworks_ganglia_layer                                            none
aws_opsworks_haproxy_layer                                            none
aws_opsworks_instance                                                 none                                  # replaceable compute, like aws_instance
aws_opsworks_java_app_layer                                           none
aws_opsworks_memcached_layer                                          none
aws_opsworks_mysql_layer                                              none
aws_opsworks_nodejs_app_layer                                         none
aws_opsworks_permission                                               none
aws_opsworks_php_app_layer                                            none
aws_opsworks_rails_app_layer                                          none
aws_opsworks_rds_db_instance                                          none
aws_opsworks_stack                                                    none
aws_opsworks_static_web_layer                                         none
aws_opsworks_user_profile                                             none
aws_organizations_account                                             stateful other-stateful high          # with close_on_deletion the account and everything in it is closed
aws_organizations_aws_service_access                                  none
aws_organizations_delegated_administrator                             none
aws_organizations_organization                                        none
aws_organizations_organizational_unit                                 none
aws_organizations_policy                                              none                                  # a policy document from the configuration, whatever its type
aws_organizations_policy_attachment                                   none
aws_organizations_resource_policy                                     none
aws_organizations_tag                                                 none
aws_osis_pipeline                                                     none
aws_osis_pipeline_endpoint                                            none
aws_osis_resource_policy                                              none
aws_outposts_capacity_task                                            none
aws_paymentcryptography_key                                           stateful encryption-key critical
aws_paymentcryptography_key_alias                                     none
aws_pinpoint_adm_channel                                              none
aws_pinpoint_apns_channel                                             none
aws_pinpoint_apns_sandbox_channel                                     none
aws_pinpoint_apns_voip_channel                                        none
aws_pinpoint_apns_voip_sandbox_channel                                none
aws_pinpoint_app                                                      stateful nosql-database high          # endpoints, segments and events registered by the app at run time are deleted
aws_pinpoint_baidu_channel                                            none
aws_pinpoint_email_channel                                            none
aws_pinpoint_email_template                                           none
aws_pinpoint_event_stream                                             none
aws_pinpoint_gcm_channel                                              none
aws_pinpoint_sms_channel                                              none
aws_pinpointsmsvoicev2_configuration_set                              none
aws_pinpointsmsvoicev2_event_destination                              none
aws_pinpointsmsvoicev2_opt_out_list                                   stateful config-store high            # holds the numbers that opted out by replying STOP
aws_pinpointsmsvoicev2_phone_number                                   none                                  # a number, not data
aws_pinpointsmsvoicev2_pool                                           none
aws_pipes_pipe                                                        none
aws_placement_group                                                   none
aws_prometheus_alert_manager_definition                               none
aws_prometheus_anomaly_detector                                       none
aws_prometheus_query_logging_configuration                            none
aws_prometheus_resource_policy                                        none
aws_prometheus_rule_group_namespace                                   none
aws_prometheus_scraper                                                none                                  # the metrics are the workspace's
aws_prometheus_scraper_logging_configuration                          none
aws_prometheus_workspace                                              stateful monitoring-state high        # holds the ingested metric history
aws_prometheus_workspace_configuration                                none
aws_proxy_protocol_policy                                             none
aws_qbusiness_application                                             stateful search-analytics high        # cascade: its indexes and conversations are deleted
aws_qldb_stream                                                       none
aws_quicksight_account_settings                                       none
aws_quicksight_account_subscription                                   stateful other-stateful high          # cascade: unsubscribing deletes every QuickSight user, dashboard and SPICE data set
aws_quicksight_analysis                                               none
aws_quicksight_custom_permissions                                     none
aws_quicksight_dashboard                                              none
aws_quicksight_data_set                                               none                                  # SPICE data is re-ingested from its source
aws_quicksight_data_source                                            none
aws_quicksight_folder                                                 none
aws_quicksight_folder_membership                                      none
aws_quicksight_group                                                  none
aws_quicksight_group_membership                                       none
aws_quicksight_iam_policy_assignment                                  none
aws_quicksight_ingestion                                              none
aws_quicksight_ip_restriction                                         none
aws_quicksight_key_registration                                       none
aws_quicksight_namespace                                              stateful identity-directory high      # cascade: the users and groups of the namespace are deleted
aws_quicksight_refresh_schedule                                       none
aws_quicksight_role_custom_permission                                 none
aws_quicksight_role_membership                                        none
aws_quicksight_template                                               none
aws_quicksight_template_alias                                         none
aws_quicksight_theme                                                  none
aws_quicksight_user                                                   stateful identity-directory high      # user account: analyses the user made in the console belong to it
aws_quicksight_user_custom_permission                                 none
aws_quicksight_vpc_connection                                         none
aws_ram_permission                                                    none
aws_ram_principal_association                                         none
aws_ram_resource_association                                          none
aws_ram_resource_share                                                none
aws_ram_resource_share_accepter                                       none
aws_ram_resource_share_associations_exclusive                         none
aws_ram_sharing_with_organization                                     none
aws_rbin_rule                                                         safeguard policy                      # Recycle Bin retention of deleted snapshots and images
aws_rds_certificate                                                   none
aws_rds_cluster_activity_stream                                       none
aws_rds_cluster_endpoint                                              none
aws_rds_cluster_parameter_group                                       none
aws_rds_cluster_role_association                                      none
aws_rds_cluster_snapshot_copy                                         safeguard data
aws_rds_custom_db_engine_version                                      none
aws_rds_export_task                                                   none                                  # the exported files stay in S3
aws_rds_instance_state                                                none
aws_rds_integration                                                   none
aws_rds_reserved_instance                                             none
aws_rds_shard_group                                                   stateful relational-database critical # the sharded tables of an Aurora Limitless database live on it
aws_redshift_authentication_profile                                   none
aws_redshift_cluster_iam_roles                                        none
aws_redshift_data_share_authorization                                 none
aws_redshift_data_share_consumer_association                          none
aws_redshift_endpoint_access                                          none
aws_redshift_endpoint_authorization                                   none
aws_redshift_event_subscription                                       none
aws_redshift_hsm_client_certificate                                   none
aws_redshift_hsm_configuration                                        none
aws_redshift_idc_application                                          none
aws_redshift_integration                                              none
aws_redshift_logging                                                  none
aws_redshift_namespace_registration                                   none
aws_redshift_parameter_group                                          none
aws_redshift_partner                                                  none
aws_redshift_resource_policy                                          none
aws_redshift_scheduled_action                                         none
aws_redshift_snapshot_copy                                            safeguard data                        # copies snapshots to another region
aws_redshift_snapshot_copy_grant                                      safeguard policy                      # the KMS grant encrypted snapshot copies need
aws_redshift_subnet_group                                             none
aws_redshift_usage_limit                                              none
aws_redshiftdata_statement                                            none
aws_redshiftserverless_custom_domain_association                      none
aws_redshiftserverless_endpoint_access                                none
aws_redshiftserverless_resource_policy                                none
aws_redshiftserverless_usage_limit                                    none
aws_redshiftserverless_workgroup                                      none                                  # compute; the data is the namespace's
aws_rekognition_collection                                            stateful search-analytics high        # holds the faces indexed into it at run time
aws_rekognition_project                                               stateful ml-model high                # cascade: its datasets and trained Custom Labels models go with it
aws_rekognition_stream_processor                                      none
aws_resiliencehub_resiliency_policy                                   none
aws_resiliencehubv2_policy                                            none
aws_resourceexplorer2_index                                           none
aws_resourceexplorer2_view                                            none
aws_resourcegroups_group                                              none
aws_resourcegroups_resource                                           none
aws_rolesanywhere_profile                                             none
aws_rolesanywhere_trust_anchor                                        none
aws_route                                                             none
aws_route53_cidr_collection                                           none
aws_route53_cidr_location                                             none
aws_route53_delegation_set                                            none
aws_route53_health_check                                              none
aws_route53_hosted_zone_dnssec                                        none
aws_route53_key_signing_key                                           none
aws_route53_query_log                                                 none
aws_route53_record                                                    none
aws_route53_records_exclusive                                         none
aws_route53_resolver_config                                           none
aws_route53_resolver_dnssec_config                                    none
aws_route53_resolver_endpoint                                         none
aws_route53_resolver_firewall_config                                  none
aws_route53_resolver_firewall_domain_list                             none
aws_route53_resolver_firewall_rule                                    none
aws_route53_resolver_firewall_rule_group                              none
aws_route53_resolver_firewall_rule_group_association                  none
aws_route53_resolver_query_log_config                                 none
aws_route53_resolver_query_log_config_association                     none
aws_route53_resolver_rule                                             none
aws_route53_resolver_rule_association                                 none
aws_route53_traffic_policy                                            none
aws_route53_traffic_policy_instance                                   none
aws_route53_vpc_association_authorization                             none
aws_route53_zone_association                                          none
aws_route53domains_delegation_signer_record                           none
aws_route53domains_domain                                             stateful domain high                  # deleting it deletes the domain registration
aws_route53domains_registered_domain                                  none                                  # destroy only removes it from state; the registration stays
aws_route53profiles_association                                       none
aws_route53profiles_profile                                           none
aws_route53profiles_resource_association                              none
aws_route53recoverycontrolconfig_cluster                              none
aws_route53recoverycontrolconfig_control_panel                        none
aws_route53recoverycontrolconfig_routing_control                      none
aws_route53recoverycontrolconfig_safety_rule                          none
aws_route53recoveryreadiness_cell                                     none
aws_route53recoveryreadiness_readiness_check                          none
aws_route53recoveryreadiness_recovery_group                           none
aws_route53recoveryreadiness_resource_set                             none
aws_route_table                                                       none
aws_route_table_association                                           none
aws_rum_app_monitor                                                   none
aws_rum_metrics_destination                                           none
aws_s3_access_point                                                   none
aws_s3_account_public_access_block                                    none
aws_s3_bucket_abac                                                    none
aws_s3_bucket_accelerate_configuration                                none
aws_s3_bucket_acl                                                     none
aws_s3_bucket_analytics_configuration                                 none
aws_s3_bucket_cors_configuration                                      none
aws_s3_bucket_intelligent_tiering_configuration                       none
aws_s3_bucket_inventory                                               none
aws_s3_bucket_lifecycle_configuration                                 none
aws_s3_bucket_logging                                                 none
aws_s3_bucket_metadata_configuration                                  none
aws_s3_bucket_metric                                                  none
aws_s3_bucket_notification                                            none
aws_s3_bucket_object                                                  none                                  # Terraform uploads its content from the configuration
aws_s3_bucket_object_lock_configuration                               safeguard policy                      # object lock
aws_s3_bucket_ownership_controls                                      none
aws_s3_bucket_policy                                                  none
aws_s3_bucket_public_access_block                                     none
aws_s3_bucket_request_payment_configuration                           none
aws_s3_bucket_server_side_encryption_configuration                    none
aws_s3_bucket_website_configuration                                   none
aws_s3_object                                                         none                                  # Terraform uploads its content from the configuration
aws_s3_object_copy                                                    none
aws_s3control_access_grant                                            none
aws_s3control_access_grants_instance                                  none
aws_s3control_access_grants_instance_resource_policy                  none
aws_s3control_access_grants_location                                  none
aws_s3control_access_point_policy                                     none
aws_s3control_bucket_lifecycle_configuration                          none
aws_s3control_bucket_policy                                           none
aws_s3control_directory_bucket_access_point_scope                     none
aws_s3control_multi_region_access_point                               none
aws_s3control_multi_region_access_point_policy                        none
aws_s3control_multi_region_access_point_routes                        none
aws_s3control_object_lambda_access_point                              none
aws_s3control_object_lambda_access_point_policy                       none
aws_s3control_storage_lens_configuration                              none
aws_s3files_access_point                                              none
aws_s3files_file_system                                               stateful file-storage high            # the objects stay in the bucket, but writes not yet synchronised to it are lost
aws_s3files_file_system_policy                                        none
aws_s3files_mount_target                                              none
aws_s3files_synchronization_configuration                             none
aws_s3outposts_endpoint                                               none
aws_s3tables_namespace                                                stateful data-warehouse high          # tables created by query engines live in it; AWS refuses the delete while it is not empty
aws_s3tables_table_bucket_policy                                      none
aws_s3tables_table_bucket_replication                                 safeguard data
aws_s3tables_table_policy                                             none
aws_s3tables_table_replication                                        safeguard data
aws_s3vectors_index                                                   stateful search-analytics critical    # holds the vectors put into it at run time
aws_s3vectors_vector_bucket                                           stateful object-storage critical
aws_s3vectors_vector_bucket_policy                                    none
aws_sagemaker_algorithm                                               none
aws_sagemaker_app                                                     none
aws_sagemaker_app_image_config                                        none
aws_sagemaker_code_repository                                         none
aws_sagemaker_data_quality_job_definition                             none
aws_sagemaker_device                                                  none
aws_sagemaker_device_fleet                                            none
aws_sagemaker_domain                                                  stateful file-storage high            # its EFS home directories are deleted when retention_policy says Delete
aws_sagemaker_endpoint                                                none
aws_sagemaker_endpoint_configuration                                  none
aws_sagemaker_flow_definition                                         none
aws_sagemaker_hub                                                     none
aws_sagemaker_hub_content_reference                                   none
aws_sagemaker_human_task_ui                                           none
aws_sagemaker_hyper_parameter_tuning_job                              none
aws_sagemaker_image                                                   none
aws_sagemaker_image_version                                           none
aws_sagemaker_labeling_job                                            none
aws_sagemaker_mlflow_app                                              stateful ml-model high                # holds the experiment runs and registered models
aws_sagemaker_mlflow_tracking_server                                  stateful ml-model high                # holds the experiment runs and registered models
aws_sagemaker_model                                                   none
aws_sagemaker_model_card                                              none
aws_sagemaker_model_card_export_job                                   none
aws_sagemaker_model_package_group                                     stateful ml-model high                # the model versions registered into it are deleted
aws_sagemaker_model_package_group_policy                              none
aws_sagemaker_monitoring_schedule                                     none
aws_sagemaker_notebook_instance                                       stateful workstation high             # the notebook volume holds the users' notebooks
aws_sagemaker_notebook_instance_lifecycle_configuration               none
aws_sagemaker_pipeline                                                none
aws_sagemaker_project                                                 none
aws_sagemaker_servicecatalog_portfolio_status                         none
aws_sagemaker_space                                                   stateful workstation high             # the space's storage volume holds the users' files
aws_sagemaker_studio_lifecycle_config                                 none
aws_sagemaker_training_job                                            none                                  # the model artifacts stay in S3
aws_sagemaker_user_profile                                            none                                  # its home directory is in the domain's EFS, which stays
aws_sagemaker_workforce                                               none
aws_sagemaker_workteam                                                none
aws_savingsplans_savings_plan                                         none
aws_scheduler_schedule                                                none
aws_scheduler_schedule_group                                          none
aws_schemas_discoverer                                                none
aws_schemas_registry                                                  stateful config-store high            # holds schemas discovered or put into it outside Terraform
aws_schemas_registry_policy                                           none
aws_schemas_schema                                                    none                                  # the schema content comes from the configuration
aws_secretsmanager_secret_policy                                      none
aws_secretsmanager_secret_rotation                                    none
aws_secretsmanager_secret_version                                     none                                  # the value comes from the configuration, and AWS keeps the AWSCURRENT version on destroy
aws_secretsmanager_tag                                                none
aws_security_group                                                    none
aws_security_group_rule                                               none
aws_securityhub_account                                               stateful monitoring-state high        # disabling Security Hub deletes its findings and insights
aws_securityhub_account_v2                                            stateful monitoring-state high        # disabling Security Hub deletes its findings
aws_securityhub_action_target                                         none
aws_securityhub_aggregator_v2                                         none
aws_securityhub_automation_rule                                       none
aws_securityhub_automation_rule_v2                                    none
aws_securityhub_configuration_policy                                  none
aws_securityhub_configuration_policy_association                      none
aws_securityhub_connector_v2                                          none
aws_securityhub_finding_aggregator                                    none
aws_securityhub_insight                                               none
aws_securityhub_invite_accepter                                       none
aws_securityhub_member                                                none
aws_securityhub_organization_admin_account                            none
aws_securityhub_organization_configuration                            none
aws_securityhub_product_subscription                                  none
aws_securityhub_standards_control                                     none
aws_securityhub_standards_control_association                         none
aws_securityhub_standards_subscription                                none
aws_securitylake_aws_log_source                                       none
aws_securitylake_custom_log_source                                    none
aws_securitylake_data_lake                                            none                                  # the collected logs stay in the S3 buckets
aws_securitylake_subscriber                                           none
aws_securitylake_subscriber_notification                              none
aws_serverlessapplicationrepository_cloudformation_stack              stateful other-stateful high          # cascade: deleting the stack deletes every resource it created
aws_service_discovery_http_namespace                                  none
aws_service_discovery_instance                                        none
aws_service_discovery_private_dns_namespace                           none
aws_service_discovery_public_dns_namespace                            none
aws_service_discovery_service                                         none
aws_servicecatalog_budget_resource_association                        none
aws_servicecatalog_constraint                                         none
aws_servicecatalog_organizations_access                               none
aws_servicecatalog_portfolio                                          none
aws_servicecatalog_portfolio_share                                    none
aws_servicecatalog_principal_portfolio_association                    none
aws_servicecatalog_product                                            none
aws_servicecatalog_product_portfolio_association                      none
aws_servicecatalog_provisioned_product                                stateful other-stateful high          # cascade: terminating the product deletes every resource it provisioned
aws_servicecatalog_provisioning_artifact                              none
aws_servicecatalog_service_action                                     none
aws_servicecatalog_tag_option                                         none
aws_servicecatalog_tag_option_resource_association                    none
aws_servicecatalogappregistry_application                             none
aws_servicecatalogappregistry_attribute_group                         none
aws_servicecatalogappregistry_attribute_group_association             none
aws_servicequotas_auto_management                                     none
aws_servicequotas_service_quota                                       none
aws_servicequotas_template                                            none
aws_servicequotas_template_association                                none
aws_ses_active_receipt_rule_set                                       none
aws_ses_configuration_set                                             none
aws_ses_domain_dkim                                                   none
aws_ses_domain_identity                                               none
aws_ses_domain_identity_verification                                  none
aws_ses_domain_mail_from                                              none
aws_ses_email_identity                                                none
aws_ses_event_destination                                             none
aws_ses_identity_notification_topic                                   none
aws_ses_identity_policy                                               none
aws_ses_receipt_filter                                                none
aws_ses_receipt_rule                                                  none
aws_ses_receipt_rule_set                                              none
aws_ses_template                                                      none
aws_sesv2_account_suppression_attributes                              none
aws_sesv2_account_vdm_attributes                                      none
aws_sesv2_configuration_set                                           none
aws_sesv2_configuration_set_event_destination                         none
aws_sesv2_contact_list                                                stateful config-store high            # holds the contacts and their subscription choices added at run time
aws_sesv2_dedicated_ip_assignment                                     none
aws_sesv2_dedicated_ip_pool                                           none
aws_sesv2_email_identity                                              none
aws_sesv2_email_identity_feedback_attributes                          none
aws_sesv2_email_identity_mail_from_attributes                         none
aws_sesv2_email_identity_policy                                       none
aws_sesv2_tenant                                                      none
aws_sesv2_tenant_resource_association                                 none
aws_sfn_activity                                                      none
aws_sfn_alias                                                         none
aws_sfn_state_machine                                                 none
aws_shield_application_layer_automatic_response                       none
aws_shield_drt_access_log_bucket_association                          none
aws_shield_drt_access_role_arn_association                            none
aws_shield_proactive_engagement                                       none
aws_shield_protection                                                 none
aws_shield_protection_group                                           none
aws_shield_protection_health_check_association                        none
aws_shield_subscription                                               none
aws_signer_signing_job                                                none
aws_signer_signing_profile                                            none
aws_signer_signing_profile_permission                                 none
aws_simpledb_domain                                                   stateful nosql-database critical
aws_snapshot_create_volume_permission                                 none
aws_sns_platform_application                                          none                                  # credentials from the configuration; apps register their device endpoints again on launch
aws_sns_sms_preferences                                               none
aws_sns_topic                                                         none                                  # pushes messages and stores none; subscriptions made outside Terraform must be redone
aws_sns_topic_data_protection_policy                                  none
aws_sns_topic_policy                                                  none
aws_sns_topic_subscription                                            none
aws_spot_datafeed_subscription                                        none
aws_spot_fleet_request                                                none
aws_spot_instance_request                                             none
aws_sqs_queue_policy                                                  none
aws_sqs_queue_redrive_allow_policy                                    none
aws_sqs_queue_redrive_policy                                          none
aws_ssm_activation                                                    none
aws_ssm_association                                                   none
aws_ssm_default_patch_baseline                                        none
aws_ssm_document                                                      none
aws_ssm_maintenance_window                                            none
aws_ssm_maintenance_window_target                                     none
aws_ssm_maintenance_window_task                                       none
aws_ssm_parameter                                                     none                                  # the value is set from the configuration
aws_ssm_patch_baseline                                                none
aws_ssm_patch_group                                                   none
aws_ssm_resource_data_sync                                            none
aws_ssm_service_setting                                               none
aws_ssmcontacts_contact                                               none
aws_ssmcontacts_contact_channel                                       none
aws_ssmcontacts_plan                                                  none
aws_ssmcontacts_rotation                                              none
aws_ssmincidents_replication_set                                      stateful monitoring-state high        # deleting the replication set deletes every Incident Manager record
aws_ssmincidents_response_plan                                        none
aws_ssmquicksetup_configuration_manager                               none
aws_ssoadmin_account_assignment                                       none
aws_ssoadmin_application                                              none
aws_ssoadmin_application_access_scope                                 none
aws_ssoadmin_application_assignment                                   none
aws_ssoadmin_application_assignment_configuration                     none
aws_ssoadmin_customer_managed_policy_attachment                       none
aws_ssoadmin_customer_managed_policy_attachments_exclusive            none
aws_ssoadmin_instance_access_control_attributes                       none
aws_ssoadmin_managed_policy_attachment                                none
aws_ssoadmin_managed_policy_attachments_exclusive                     none
aws_ssoadmin_permission_set                                           none
aws_ssoadmin_permission_set_inline_policy                             none
aws_ssoadmin_permissions_boundary_attachment                          none
aws_ssoadmin_region                                                   none
aws_ssoadmin_trusted_token_issuer                                     none
aws_storagegateway_cache                                              none                                  # a local disk of the gateway
aws_storagegateway_cached_iscsi_volume                                stateful block-storage critical
aws_storagegateway_file_system_association                            none
aws_storagegateway_gateway                                            none                                  # its volumes and file shares are separate resources; the data is in S3
aws_storagegateway_nfs_file_share                                     none                                  # the files are objects in the S3 bucket
aws_storagegateway_smb_file_share                                     none                                  # the files are objects in the S3 bucket
aws_storagegateway_stored_iscsi_volume                                stateful block-storage critical
aws_storagegateway_tape_pool                                          safeguard policy                      # the retention lock of its tapes
aws_storagegateway_upload_buffer                                      none                                  # a local disk of the gateway
aws_storagegateway_working_storage                                    none                                  # a local disk of the gateway
aws_subnet                                                            none
aws_swf_domain                                                        none
aws_synthetics_canary                                                 none
aws_synthetics_group                                                  none
aws_synthetics_group_association                                      none
aws_timestreaminfluxdb_db_cluster                                     stateful nosql-database critical
aws_timestreaminfluxdb_db_instance                                    stateful nosql-database critical
aws_timestreamquery_scheduled_query                                   none
aws_transcribe_language_model                                         stateful ml-model high                # trained model
aws_transcribe_medical_vocabulary                                     none
aws_transcribe_vocabulary                                             none
aws_transcribe_vocabulary_filter                                      none
aws_transfer_access                                                   none
aws_transfer_agreement                                                none
aws_transfer_certificate                                              none
aws_transfer_connector                                                none
aws_transfer_host_key                                                 none
aws_transfer_profile                                                  none
aws_transfer_server                                                   none
aws_transfer_ssh_key                                                  none
aws_transfer_tag                                                      none
aws_transfer_user                                                     none                                  # defined by the configuration; the home directory is in S3 or EFS
aws_transfer_web_app                                                  none
aws_transfer_web_app_customization                                    none
aws_transfer_workflow                                                 none
aws_uxc_account_customizations                                        none
aws_verifiedaccess_endpoint                                           none
aws_verifiedaccess_group                                              none
aws_verifiedaccess_instance                                           none
aws_verifiedaccess_instance_logging_configuration                     none
aws_verifiedaccess_instance_trust_provider_attachment                 none
aws_verifiedaccess_trust_provider                                     none
aws_verifiedpermissions_identity_source                               none
aws_verifiedpermissions_policy                                        none
aws_verifiedpermissions_policy_store                                  none
aws_verifiedpermissions_policy_template                               none
aws_verifiedpermissions_schema                                        none
aws_volume_attachment                                                 none
aws_vpc                                                               none
aws_vpc_block_public_access_exclusion                                 none
aws_vpc_block_public_access_options                                   none
aws_vpc_dhcp_options                                                  none
aws_vpc_dhcp_options_association                                      none
aws_vpc_encryption_control                                            none
aws_vpc_endpoint                                                      none
aws_vpc_endpoint_connection_accepter                                  none
aws_vpc_endpoint_connection_notification                              none
aws_vpc_endpoint_policy                                               none
aws_vpc_endpoint_private_dns                                          none
aws_vpc_endpoint_route_table_association                              none
aws_vpc_endpoint_security_group_association                           none
aws_vpc_endpoint_service                                              none
aws_vpc_endpoint_service_allowed_principal                            none
aws_vpc_endpoint_service_private_dns_verification                     none
aws_vpc_endpoint_subnet_association                                   none
aws_vpc_ipam                                                          none
aws_vpc_ipam_organization_admin_account                               none
aws_vpc_ipam_pool                                                     none
aws_vpc_ipam_pool_cidr                                                none
aws_vpc_ipam_pool_cidr_allocation                                     none
aws_vpc_ipam_preview_next_cidr                                        none
aws_vpc_ipam_resource_discovery                                       none
aws_vpc_ipam_resource_discovery_association                           none
aws_vpc_ipam_scope                                                    none
aws_vpc_ipv4_cidr_block_association                                   none
aws_vpc_ipv6_cidr_block_association                                   none
aws_vpc_network_performance_metric_subscription                       none
aws_vpc_peering_connection                                            none
aws_vpc_peering_connection_accepter                                   none
aws_vpc_peering_connection_options                                    none
aws_vpc_route_server                                                  none
aws_vpc_route_server_endpoint                                         none
aws_vpc_route_server_peer                                             none
aws_vpc_route_server_propagation                                      none
aws_vpc_route_server_vpc_association                                  none
aws_vpc_security_group_egress_rule                                    none
aws_vpc_security_group_ingress_rule                                   none
aws_vpc_security_group_rules_exclusive                                none
aws_vpc_security_group_vpc_association                                none
aws_vpclattice_access_log_subscription                                none
aws_vpclattice_auth_policy                                            none
aws_vpclattice_domain_verification                                    none
aws_vpclattice_listener                                               none
aws_vpclattice_listener_rule                                          none
aws_vpclattice_resource_configuration                                 none
aws_vpclattice_resource_gateway                                       none
aws_vpclattice_resource_policy                                        none
aws_vpclattice_service                                                none
aws_vpclattice_service_network                                        none
aws_vpclattice_service_network_resource_association                   none
aws_vpclattice_service_network_service_association                    none
aws_vpclattice_service_network_vpc_association                        none
aws_vpclattice_target_group                                           none
aws_vpclattice_target_group_attachment                                none
aws_vpn_concentrator                                                  none
aws_vpn_connection                                                    none
aws_vpn_connection_route                                              none
aws_vpn_gateway                                                       none
aws_vpn_gateway_attachment                                            none
aws_vpn_gateway_route_propagation                                     none
aws_waf_byte_match_set                                                none
aws_waf_geo_match_set                                                 none
aws_waf_ipset                                                         none
aws_waf_rate_based_rule                                               none
aws_waf_regex_match_set                                               none
aws_waf_regex_pattern_set                                             none
aws_waf_rule                                                          none
aws_waf_rule_group                                                    none
aws_waf_size_constraint_set                                           none
aws_waf_sql_injection_match_set                                       none
aws_waf_web_acl                                                       none
aws_waf_xss_match_set                                                 none
aws_wafregional_byte_match_set                                        none
aws_wafregional_geo_match_set                                         none
aws_wafregional_ipset                                                 none
aws_wafregional_rate_based_rule                                       none
aws_wafregional_regex_match_set                                       none
aws_wafregional_regex_pattern_set                                     none
aws_wafregional_rule                                                  none
aws_wafregional_rule_group                                            none
aws_wafregional_size_constraint_set                                   none
aws_wafregional_sql_injection_match_set                               none
aws_wafregional_web_acl                                               none
aws_wafregional_web_acl_association                                   none
aws_wafregional_xss_match_set                                         none
aws_wafv2_api_key                                                     none
aws_wafv2_ip_set                                                      none
aws_wafv2_regex_pattern_set                                           none
aws_wafv2_rule_group                                                  none
aws_wafv2_web_acl                                                     none
aws_wafv2_web_acl_association                                         none
aws_wafv2_web_acl_logging_configuration                               none
aws_wafv2_web_acl_rule                                                none
aws_wafv2_web_acl_rule_group_association                              none
aws_worklink_fleet                                                    none
aws_worklink_website_certificate_authority_association                none
aws_workmail_default_domain                                           none
aws_workmail_domain                                                   none
aws_workmail_group                                                    none
aws_workmail_organization                                             stateful other-stateful critical      # cascade: every mailbox of the organization is deleted
aws_workmail_user                                                     stateful other-stateful high          # the user's mailbox is deleted
aws_workspaces_connection_alias                                       none
aws_workspaces_directory                                              none                                  # registration of a directory; its workspaces are separate resources
aws_workspaces_ip_group                                               none
aws_workspaces_pool                                                   none                                  # pooled workspaces are non-persistent
aws_workspaces_workspace                                              stateful workstation high             # the user and root volumes hold the user's files
aws_workspacesweb_browser_settings                                    none
aws_workspacesweb_browser_settings_association                        none
aws_workspacesweb_data_protection_settings                            none
aws_workspacesweb_data_protection_settings_association                none
aws_workspacesweb_identity_provider                                   none
aws_workspacesweb_ip_access_settings                                  none
aws_workspacesweb_ip_access_settings_association                      none
aws_workspacesweb_network_settings                                    none
aws_workspacesweb_network_settings_association                        none
aws_workspacesweb_portal                                              none
aws_workspacesweb_session_logger                                      none
aws_workspacesweb_session_logger_association                          none
aws_workspacesweb_trust_store                                         none
aws_workspacesweb_trust_store_association                             none
aws_workspacesweb_user_access_logging_settings                        none
aws_workspacesweb_user_access_logging_settings_association            none
aws_workspacesweb_user_settings                                       none
aws_workspacesweb_user_settings_association                           none
aws_xray_encryption_config                                            none
aws_xray_group                                                        none
aws_xray_indexing_rule                                                none
aws_xray_resource_policy                                              none
aws_xray_sampling_rule                                                none
aws_xray_trace_segment_destination                                    none
`;
  },
};
