import type { CatalogEntry } from '../types.js';

/*
 * Kubernetes (hashicorp/kubernetes), in both the original and the `_v1` names. Deleting a
 * claim or volume whose reclaim policy is Delete (the default for dynamically provisioned
 * volumes) deletes the disk; deleting a namespace deletes every object and claim in it.
 */
// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const KUBERNETES: readonly CatalogEntry[] = [
  { type: 'kubernetes_persistent_volume', category: 'kubernetes-volume', severity: 'critical' },
  { type: 'kubernetes_persistent_volume_v1', category: 'kubernetes-volume', severity: 'critical' },
  { type: 'kubernetes_persistent_volume_claim', category: 'kubernetes-volume', severity: 'critical' },
  { type: 'kubernetes_persistent_volume_claim_v1', category: 'kubernetes-volume', severity: 'critical' },
  // A stateful set keeps its claims on delete by default (persistentVolumeClaimRetentionPolicy
  // whenDeleted: Retain), but it is the workload that owns them.
  { type: 'kubernetes_stateful_set', category: 'kubernetes-volume', severity: 'high' },
  { type: 'kubernetes_stateful_set_v1', category: 'kubernetes-volume', severity: 'high' },
  { type: 'kubernetes_namespace', category: 'kubernetes-namespace', severity: 'high' },
  { type: 'kubernetes_namespace_v1', category: 'kubernetes-namespace', severity: 'high' },
  { type: 'kubernetes_secret', category: 'secret', severity: 'high' },
  { type: 'kubernetes_secret_v1', category: 'secret', severity: 'high' },
];
