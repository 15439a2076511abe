import type { ReviewedList } from './format.js';

/*
 * Every Snowflake (Snowflake-Labs/snowflake) resource type in the provider's documentation at the
 * version in `reviewedAt`, except those with a full entry in ../data/others.ts, decided from what
 * its delete does. Reasons follow `#` where the call is not obvious.
 */
export const SNOWFLAKE_REVIEWED: ReviewedList = {
  provider: 'snowflake',
  reviewedAt: 'Snowflake-Labs/snowflake v1.1.0 (April 2025) docs, and v2 for image_repository',
  get lines() {
    return `
snowflake_account stateful data-warehouse critical  # cascade: every database of the account (dropped after its grace period)
snowflake_account_authentication_policy_attachment none
snowflake_account_parameter none
snowflake_account_password_policy_attachment none
snowflake_account_role none
snowflake_alert none
snowflake_api_authentication_integration_with_authorization_code_grant none
snowflake_api_authentication_integration_with_client_credentials none
snowflake_api_authentication_integration_with_jwt_bearer none
snowflake_api_integration none
snowflake_authentication_policy none
snowflake_cortex_search_service none
snowflake_database_role none
snowflake_dynamic_table none  # its rows are recomputed from its query
snowflake_email_notification_integration none
snowflake_execute stateful other-stateful high  # destroy runs its revert SQL, which may drop objects that hold data
snowflake_external_function none
snowflake_external_oauth_integration none
snowflake_external_table none
snowflake_external_volume none
snowflake_failover_group safeguard data  # replication of databases to another account
snowflake_file_format none
snowflake_function_java none
snowflake_function_javascript none
snowflake_function_python none
snowflake_function_scala none
snowflake_function_sql none
snowflake_grant_account_role none
snowflake_grant_application_role none
snowflake_grant_database_role none
snowflake_grant_ownership none
snowflake_grant_privileges_to_account_role none
snowflake_grant_privileges_to_database_role none
snowflake_grant_privileges_to_share none
snowflake_image_repository stateful container-registry high  # (added in v2) the images pushed to the repository
snowflake_legacy_service_user none
snowflake_managed_account stateful data-warehouse high  # a reader account and the objects created in it
snowflake_masking_policy none
snowflake_materialized_view none  # its rows are recomputed from its query
snowflake_network_policy none
snowflake_network_policy_attachment none
snowflake_network_rule none
snowflake_notification_integration none
snowflake_oauth_integration_for_custom_clients none
snowflake_oauth_integration_for_partner_applications none
snowflake_object_parameter none
snowflake_password_policy none
snowflake_pipe none  # its load history restarts; the loaded rows stay in the table
snowflake_primary_connection none
snowflake_procedure_java none
snowflake_procedure_javascript none
snowflake_procedure_python none
snowflake_procedure_scala none
snowflake_procedure_sql none
snowflake_resource_monitor none
snowflake_row_access_policy none
snowflake_saml2_integration none
snowflake_scim_integration none
snowflake_secondary_connection none
snowflake_secret_with_authorization_code_grant stateful secret high  # a secret value
snowflake_secret_with_basic_authentication stateful secret high  # a secret value
snowflake_secret_with_client_credentials stateful secret high  # a secret value
snowflake_secret_with_generic_string stateful secret high  # a secret value
snowflake_sequence stateful data-warehouse high  # its current value: a re-created sequence restarts and repeats ids
snowflake_service_user none
snowflake_share none
snowflake_shared_database none  # read-only view of a provider's share; the data stays with the provider
snowflake_storage_integration none
snowflake_stream_on_directory_table stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_stream_on_external_table stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_stream_on_table stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_stream_on_view stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_streamlit none
snowflake_table_column_masking_policy_application none
snowflake_table_constraint none
snowflake_tag none
snowflake_tag_association none
snowflake_task none
snowflake_user stateful identity-directory high  # a person's account: their worksheets, MFA enrolment and keys set outside Terraform
snowflake_user_authentication_policy_attachment none
snowflake_user_password_policy_attachment none
snowflake_user_public_keys none
snowflake_view none
snowflake_warehouse none
`;
  },
};
