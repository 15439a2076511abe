/**
 * Text that reads as a guarded action, where the hook cannot see whether it runs: code handed
 * to python or node, a script written now to be run later, a stage piped into a shell. The shim
 * still judges terraform when that code runs; these patterns are for what has no shim.
 */
const DANGER: readonly RegExp[] = [
  /\b(?:terraform|tofu|terragrunt|cdktf|pulumi|atmos)\b.*?\b(?:destroy|destroy-all|apply-all|down)\b/,
  /(?:^|\s)--?destroy\b/,
  /\bstate\s+(?:push|rm|mv|replace-provider)\b/,
  /(?:^|\s)--?(?:reconfigure|migrate-state|force-copy)\b/,
  /\bworkspace\s+delete\b/,
  /\bforce-unlock\b/,
  /\/(?:terraform|tofu|terragrunt)\s+(?:\S+\s+)*?apply\b/,
  /\b(?:hashicorp\/terraform|opentofu\/opentofu|ghcr\.io\/opentofu)\b/,
  /\.tfstate\b/,
  /(?:^|[\s/])\.terraform\//,
  /\b(?:delete|remove|purge)-(?:db-\w+|global-cluster|table|backup|bucket|objects|cluster|cache-cluster|replication-group|file-system|volume|snapshot|domain|secret|vault|stream|ledger|keyspace)\b/,
  /\bschedule-key-deletion\b/,
  /\bs3\s+rb\b/,
  /\bs3\s+(?:rm|sync|mv)\b.*?--(?:recursive|delete)\b/,
  /\bgsutil\s+(?:-\w+\s+)*(?:rm|rb)\b/,
  /\bgcloud\b.*?\b(?:delete|rm)\b/,
  /\bstorage\s+rm\b/,
  /\bbq\s+rm\b/,
  /\baz\s+(?:sql|cosmosdb|storage|keyvault|postgres|mysql|mariadb|redis|group|disk|snapshot|backup|aks)\b.*?\b(?:delete|purge|delete-batch)\b/,
  /\bkubectl\b.*?\bdelete\s+(?:\S+\s+)*?(?:pvc|pv|persistentvolume\w*|namespaces?|ns|statefulsets?|sts|crds?|all)\b/,
  /\bhelm\s+(?:uninstall|delete|del|un)\b/,
  /\b(?:docker|podman)\s+(?:volume\s+(?:rm|prune)|system\s+prune)\b/,
];

/** Quotes, commas and brackets of other languages' lists read as spaces: `["aws","rds"]`. */
function normalize(text: string): string {
  return text.replace(/["'`,()[\]{};]/g, ' ').replace(/\\\s*\n/g, ' ');
}

/** The first line of `text` that reads as a guarded action, or undefined. */
export function dangerousLine(text: string): string | undefined {
  for (const line of normalize(text).split('\n')) {
    const flat = line.replace(/\s+/g, ' ').trim();
    if (DANGER.some((pattern) => pattern.test(flat)))
      return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
  }
  return undefined;
}
