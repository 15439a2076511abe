import type { ReviewedList } from './format.js';

/*
 * Hetzner Cloud (hetznercloud/hcloud): every resource type without a full entry in
 * ../data/others.ts.
 * Decided from what the provider's delete does; see docs/catalog.md.
 */
export const HCLOUD_REVIEWED: ReviewedList = {
  provider: 'hcloud',
  reviewedAt: 'hetznercloud/hcloud v1.68.0 (sources of 2026-08-17)',
  get lines() {
    return `
hcloud_server stateful block-storage high   # its local disk is the server's storage (delete_protection refuses the delete)
hcloud_storage_box stateful file-storage critical   # delete_protection refuses the delete
hcloud_zone stateful dns-zone high   # records created outside Terraform go with the zone (delete_protection refuses the delete)
hcloud_snapshot safeguard data
hcloud_storage_box_snapshot safeguard data
hcloud_certificate none
hcloud_firewall none
hcloud_firewall_attachment none
hcloud_floating_ip none
hcloud_floating_ip_assignment none
hcloud_load_balancer none
hcloud_load_balancer_network none
hcloud_load_balancer_service none
hcloud_load_balancer_target none
hcloud_managed_certificate none
hcloud_network none
hcloud_network_route none
hcloud_network_subnet none
hcloud_placement_group none
hcloud_primary_ip none
hcloud_rdns none
hcloud_server_network none
hcloud_ssh_key none
hcloud_storage_box_subaccount none   # its password comes from the configuration; files belong to the storage box
hcloud_uploaded_certificate none
hcloud_volume_attachment none
hcloud_zone_record none
hcloud_zone_rrset none
`;
  },
};
