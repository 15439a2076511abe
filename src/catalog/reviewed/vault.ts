import type { ReviewedList } from './format.js';

/*
 * Every HashiCorp Vault (hashicorp/vault) resource type in the provider's documentation at the
 * version in `reviewedAt`, except those with a full entry in ../data/others.ts, decided from what
 * its delete does. Reasons follow `#` where the call is not obvious.
 */
export const VAULT_REVIEWED: ReviewedList = {
  provider: 'vault',
  reviewedAt: 'hashicorp/vault v5.11.0 (August 2026): website/docs/r',
  get lines() {
    return `
vault_activation_flags none
vault_ad_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_ad_secret_backend_library none
vault_ad_secret_role none
vault_agent_registration none
vault_alicloud_auth_backend_role none
vault_alicloud_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes its stored configuration
vault_alicloud_secret_backend_role none
vault_approle_auth_backend_login none
vault_approle_auth_backend_role none
vault_approle_auth_backend_role_secret_id none
vault_audit none
vault_audit_request_header none
vault_auth_backend stateful identity-directory high  # disabling an auth method deletes its users, roles and secret IDs and revokes its tokens
vault_aws_auth_backend_cert none
vault_aws_auth_backend_client none
vault_aws_auth_backend_config_identity none
vault_aws_auth_backend_identity_whitelist none
vault_aws_auth_backend_login none
vault_aws_auth_backend_role none
vault_aws_auth_backend_role_tag none
vault_aws_auth_backend_roletag_blacklist none
vault_aws_auth_backend_sts_role none
vault_aws_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_aws_secret_backend_role none
vault_aws_secret_backend_static_role none
vault_azure_auth_backend_config none
vault_azure_auth_backend_role none
vault_azure_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the secrets it rotated
vault_azure_secret_backend_role none
vault_azure_secret_backend_static_role none
vault_cert_auth_backend_role none
vault_cf_auth_backend_config none
vault_cf_auth_backend_role none
vault_config_control_group none
vault_config_group_policy_application none
vault_config_ui_custom_messages none
vault_config_ui_default_auth none
vault_config_ui_header none
vault_consul_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_consul_secret_backend_role none
vault_database_secret_backend_connection none
vault_database_secret_backend_role none
vault_database_secret_backend_static_role none  # Vault rotates the password again when the role is re-created
vault_database_secrets_mount stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_egp_policy none
vault_gcp_auth_backend none
vault_gcp_auth_backend_role none
vault_gcp_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes its keys
vault_gcp_secret_impersonated_account none
vault_gcp_secret_roleset none
vault_gcp_secret_static_account none
vault_gcpkms_secret_backend stateful secret high  # a secrets mount: disabling it deletes its key references
vault_gcpkms_secret_backend_key none
vault_generic_endpoint stateful other-stateful high  # writes any path: destroy deletes what it wrote, which may be accounts or keys (unless disable_delete)
vault_github_auth_backend none
vault_github_team none
vault_github_user none
vault_identity_entity stateful identity-directory high  # its id, aliases and MFA (TOTP) enrolments; a re-created entity is another identity
vault_identity_entity_alias none
vault_identity_entity_policies none
vault_identity_group none
vault_identity_group_alias none
vault_identity_group_member_entity_ids none
vault_identity_group_member_group_ids none
vault_identity_group_policies none
vault_identity_mfa_duo none
vault_identity_mfa_login_enforcement none
vault_identity_mfa_okta none
vault_identity_mfa_pingid none
vault_identity_mfa_totp none
vault_identity_oidc none
vault_identity_oidc_assignment none
vault_identity_oidc_client none
vault_identity_oidc_key stateful encryption-key high  # signing key material; tokens signed with it can no longer be verified
vault_identity_oidc_key_allowed_client_id none
vault_identity_oidc_provider none
vault_identity_oidc_role none
vault_identity_oidc_scope none
vault_jwt_auth_backend none
vault_jwt_auth_backend_role none
vault_kerberos_auth_backend_config none
vault_kerberos_auth_backend_group none
vault_kerberos_auth_backend_ldap_config none
vault_keymgmt_aws_kms none
vault_keymgmt_azure_kms none
vault_keymgmt_distribute_key stateful encryption-key critical  # removing the distribution deletes the key from the cloud KMS
vault_keymgmt_gcp_kms none
vault_keymgmt_key stateful encryption-key critical  # key material held by the Key Management engine
vault_keymgmt_key_rotate none
vault_keymgmt_replicate_key safeguard data  # a replica of a key in other regions
vault_kmip_secret_backend stateful encryption-key critical  # a KMIP mount: its CA and every object KMIP clients created
vault_kmip_secret_ca_generated stateful certificate high  # a generated CA: a CA's keys
vault_kmip_secret_ca_imported none
vault_kmip_secret_listener none
vault_kmip_secret_role none
vault_kmip_secret_scope stateful encryption-key critical  # deleting a scope deletes the keys its clients created
vault_kubernetes_auth_backend_config none
vault_kubernetes_auth_backend_role none
vault_kubernetes_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_kubernetes_secret_backend_role none
vault_kv_secret_backend_v2 none
vault_ldap_auth_backend none
vault_ldap_auth_backend_group none
vault_ldap_auth_backend_user none
vault_ldap_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_ldap_secret_backend_dynamic_role none
vault_ldap_secret_backend_library_set none
vault_ldap_secret_backend_static_role none
vault_managed_keys none
vault_mfa_duo none
vault_mfa_okta none
vault_mfa_pingid none
vault_mfa_totp none
vault_mongodbatlas_secret_backend none
vault_mongodbatlas_secret_role none
vault_nomad_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_nomad_secret_role none
vault_oauth_resource_server_config_profile none
vault_oci_auth_backend none
vault_oci_auth_backend_role none
vault_okta_auth_backend none
vault_okta_auth_backend_group none
vault_okta_auth_backend_user none
vault_os_secret_backend stateful secret high  # a secrets mount: disabling it deletes the host passwords it rotated
vault_os_secret_backend_account none
vault_os_secret_backend_host none
vault_password_policy none
vault_pki_external_ca_secret_backend_acme_account none  # an ACME account re-registered from the configuration
vault_pki_external_ca_secret_backend_order none
vault_pki_external_ca_secret_backend_order_certificate none
vault_pki_external_ca_secret_backend_order_challenge_fulfilled none
vault_pki_external_ca_secret_backend_role none
vault_pki_secret_backend_acme_eab none
vault_pki_secret_backend_cert none
vault_pki_secret_backend_config_acme none
vault_pki_secret_backend_config_auto_tidy none
vault_pki_secret_backend_config_ca none
vault_pki_secret_backend_config_cluster none
vault_pki_secret_backend_config_cmpv2 none
vault_pki_secret_backend_config_est none
vault_pki_secret_backend_config_issuers none
vault_pki_secret_backend_config_scep none
vault_pki_secret_backend_config_urls none
vault_pki_secret_backend_crl_config none
vault_pki_secret_backend_intermediate_cert_request stateful certificate high  # generates the intermediate CA's private key inside Vault: a CA's keys
vault_pki_secret_backend_intermediate_set_signed none
vault_pki_secret_backend_issuer stateful certificate high  # the issuing CA certificate entry of the mount
vault_pki_secret_backend_key stateful certificate high  # a CA private key generated inside Vault
vault_pki_secret_backend_role none
vault_pki_secret_backend_root_sign_intermediate none
vault_pki_secret_backend_sign none
vault_plugin none
vault_plugin_pinned_version none
vault_plugin_runtime none
vault_policy none
vault_quota_config none
vault_quota_lease_count none
vault_quota_rate_limit none
vault_rabbitmq_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_rabbitmq_secret_backend_role none
vault_radius_auth_backend none
vault_radius_auth_backend_user none
vault_raft_autopilot none
vault_rgp_policy none
vault_rotation_policy none
vault_saml_auth_backend none
vault_saml_auth_backend_role none
vault_scep_auth_backend_role none
vault_secrets_sync_association none
vault_secrets_sync_aws_destination none
vault_secrets_sync_azure_destination none
vault_secrets_sync_config none
vault_secrets_sync_gcp_destination none
vault_secrets_sync_gh_destination none
vault_secrets_sync_github_apps none
vault_secrets_sync_vercel_destination none
vault_spiffe_auth_backend_config none
vault_spiffe_auth_backend_role none
vault_spiffe_secret_backend_config none
vault_spiffe_secret_backend_role none
vault_ssh_secret_backend_ca stateful certificate high  # the SSH CA's signing key that servers trust: a CA's keys
vault_ssh_secret_backend_role none
vault_sys_config_cors none
vault_terraform_cloud_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_terraform_cloud_secret_creds none
vault_terraform_cloud_secret_role none
vault_token none
vault_token_auth_backend_role none
vault_transform_alphabet none
vault_transform_key_configuration none
vault_transform_role none
vault_transform_template none
vault_transform_transformation stateful secret high  # a tokenization transformation keeps the token-to-value mappings
vault_transit_secret_backend_cache_config none
vault_userpass_auth_backend_user none
`;
  },
};
