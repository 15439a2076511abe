import type { CatalogEntry, Protection } from '../types.js';

/*
 * Kubernetes (hashicorp/kubernetes), in both the original and the `_v1` names. Deleting a
 * claim or volume whose reclaim policy is Delete (the default for dynamically provisioned
 * volumes) deletes the disk; deleting a namespace deletes every object and claim in it.
 */
// Deleting a PersistentVolume whose reclaim policy is Retain (the default for volumes created
// by hand) leaves the disk behind; Delete deletes it (Kubernetes docs, "Persistent Volumes",
// Reclaiming; kubernetes provider docs: persistent_volume_reclaim_policy, default Retain).
const RECLAIM: readonly Protection[] = [
  {
    path: 'spec.0.persistent_volume_reclaim_policy',
    effect: 'retains-data',
    default: 'Retain',
    onValues: ['Retain'],
    source:
      'Kubernetes docs "Persistent Volumes" (Reclaiming); kubernetes provider docs: kubernetes_persistent_volume',
  },
];

// A StatefulSet's claims are kept when it is deleted unless whenDeleted is Delete (Kubernetes
// docs, "StatefulSets", PersistentVolumeClaim retention; default Retain).
const CLAIM_RETENTION: readonly Protection[] = [
  {
    path: 'spec.0.persistent_volume_claim_retention_policy.0.when_deleted',
    effect: 'retains-data',
    default: 'Retain',
    onValues: ['Retain'],
    source:
      'Kubernetes docs "StatefulSets" (PersistentVolumeClaim retention); kubernetes provider docs: kubernetes_stateful_set',
  },
];

// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const KUBERNETES: readonly CatalogEntry[] = [
  { type: 'kubernetes_persistent_volume', category: 'kubernetes-volume', severity: 'critical', protections: RECLAIM },
  { type: 'kubernetes_persistent_volume_v1', category: 'kubernetes-volume', severity: 'critical', protections: RECLAIM },
  { type: 'kubernetes_persistent_volume_claim', category: 'kubernetes-volume', severity: 'critical' },
  { type: 'kubernetes_persistent_volume_claim_v1', category: 'kubernetes-volume', severity: 'critical' },
  // A stateful set keeps its claims on delete by default (persistentVolumeClaimRetentionPolicy
  // whenDeleted: Retain), but it is the workload that owns them.
  { type: 'kubernetes_stateful_set', category: 'kubernetes-volume', severity: 'high', protections: CLAIM_RETENTION },
  { type: 'kubernetes_stateful_set_v1', category: 'kubernetes-volume', severity: 'high', protections: CLAIM_RETENTION },
  { type: 'kubernetes_namespace', category: 'kubernetes-namespace', severity: 'high' },
  { type: 'kubernetes_namespace_v1', category: 'kubernetes-namespace', severity: 'high' },
  { type: 'kubernetes_secret', category: 'secret', severity: 'high' },
  { type: 'kubernetes_secret_v1', category: 'secret', severity: 'high' },
];
