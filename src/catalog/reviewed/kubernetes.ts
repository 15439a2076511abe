import type { ReviewedList } from './format.js';

/*
 * Every kubernetes resource type without a full entry in ../data/kubernetes.ts (volumes, claims,
 * stateful sets, namespaces and secrets are there), decided from what its delete does
 * (hashicorp/kubernetes, August 2026). Volumes are decided by reclaim policy: deleting a claim
 * whose volume's policy is Delete (the default of dynamically provisioned volumes) deletes the
 * disk; Retain keeps it. Deleting a namespace deletes everything in it, claims included.
 */
export const KUBERNETES_REVIEWED: ReviewedList = {
  provider: 'kubernetes',
  reviewedAt: 'terraform-provider-kubernetes, August 2026',
  get lines() {
    return `
kubernetes_annotations none
kubernetes_api_service none
kubernetes_api_service_v1 none
kubernetes_certificate_signing_request none  # the certificate is re-issued for the same request
kubernetes_certificate_signing_request_v1 none  # the certificate is re-issued for the same request
kubernetes_cluster_role none
kubernetes_cluster_role_binding none
kubernetes_cluster_role_binding_v1 none
kubernetes_cluster_role_v1 none
kubernetes_config_map none
kubernetes_config_map_v1 none
kubernetes_config_map_v1_data none  # the keys it manages are all in the configuration
kubernetes_cron_job none
kubernetes_cron_job_v1 none
kubernetes_csi_driver none
kubernetes_csi_driver_v1 none
kubernetes_daemon_set_v1 none
kubernetes_daemonset none
kubernetes_default_service_account none
kubernetes_default_service_account_v1 none
kubernetes_deployment none  # stateless workload; its claims are separate resources
kubernetes_deployment_v1 none  # stateless workload; its claims are separate resources
kubernetes_endpoint none
kubernetes_endpoint_slice_v1 none
kubernetes_endpoints none
kubernetes_endpoints_v1 none
kubernetes_env none
kubernetes_horizontal_pod_autoscaler none
kubernetes_horizontal_pod_autoscaler_v1 none
kubernetes_horizontal_pod_autoscaler_v2 none
kubernetes_horizontal_pod_autoscaler_v2beta2 none
kubernetes_ingress none
kubernetes_ingress_class none
kubernetes_ingress_class_v1 none
kubernetes_ingress_v1 none
kubernetes_job none
kubernetes_job_v1 none
kubernetes_labels none
kubernetes_limit_range none
kubernetes_limit_range_v1 none
kubernetes_manifest stateful other-stateful high  # any object: a PersistentVolumeClaim or Namespace, a CustomResourceDefinition (deleting it deletes every object of its kind) or an operator's database
kubernetes_mutating_webhook_configuration none
kubernetes_mutating_webhook_configuration_v1 none
kubernetes_network_policy none
kubernetes_network_policy_v1 none
kubernetes_node_taint none
kubernetes_pod none  # emptyDir volumes are ephemeral; claims are separate resources
kubernetes_pod_disruption_budget none
kubernetes_pod_disruption_budget_v1 none
kubernetes_pod_security_policy none
kubernetes_pod_security_policy_v1beta1 none
kubernetes_pod_v1 none  # emptyDir volumes are ephemeral; claims are separate resources
kubernetes_priority_class none
kubernetes_priority_class_v1 none
kubernetes_replication_controller none
kubernetes_replication_controller_v1 none
kubernetes_resource_quota none
kubernetes_resource_quota_v1 none
kubernetes_role none
kubernetes_role_binding none
kubernetes_role_binding_v1 none
kubernetes_role_v1 none
kubernetes_runtime_class_v1 none
kubernetes_secret_v1_data stateful secret high  # destroy removes the keys it manages from the secret, and their values with them
kubernetes_service none
kubernetes_service_account none  # its tokens are re-issued; nothing else is stored
kubernetes_service_account_v1 none  # its tokens are re-issued; nothing else is stored
kubernetes_service_v1 none
kubernetes_storage_class none  # its reclaim_policy decides what a claim's delete does, but deleting the class leaves existing volumes alone
kubernetes_storage_class_v1 none  # its reclaim_policy decides what a claim's delete does, but deleting the class leaves existing volumes alone
kubernetes_token_request_v1 none
kubernetes_validating_admission_policy_v1 none
kubernetes_validating_webhook_configuration none
kubernetes_validating_webhook_configuration_v1 none
`;
  },
};
