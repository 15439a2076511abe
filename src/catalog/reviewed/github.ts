import type { ReviewedList } from './format.js';

/*
 * Every GitHub (integrations/github) resource type in the provider's documentation at the version
 * in `reviewedAt`, except those with a full entry in ../data/others.ts, decided from what its
 * delete does. Reasons follow `#` where the call is not obvious.
 */
export const GITHUB_REVIEWED: ReviewedList = {
  provider: 'github',
  reviewedAt: 'integrations/github v6.13.0 (August 2026): website/docs/r',
  get lines() {
    return `
github_actions_environment_secret stateful secret high  # a secret value
github_actions_environment_variable none
github_actions_hosted_runner none
github_actions_organization_oidc_subject_claim_customization_template none
github_actions_organization_permissions none
github_actions_organization_secret stateful secret high  # a secret value
github_actions_organization_secret_repositories none
github_actions_organization_secret_repository none
github_actions_organization_variable none
github_actions_organization_variable_repositories none
github_actions_organization_variable_repository none
github_actions_organization_workflow_permissions none
github_actions_repository_access_level none
github_actions_repository_oidc_subject_claim_customization_template none
github_actions_repository_permissions none
github_actions_runner_group none
github_actions_secret stateful secret high  # a secret value
github_actions_variable none
github_app_installation_repositories none
github_app_installation_repository none
github_branch stateful source-repository high  # commits not merged into another branch become unreachable
github_branch_default none
github_branch_protection safeguard policy  # stops force pushes and deletion of the branch
github_branch_protection_v3 safeguard policy  # stops force pushes and deletion of the branch
github_codespaces_organization_secret stateful secret high  # a secret value
github_codespaces_organization_secret_repositories none
github_codespaces_secret stateful secret high  # a secret value
github_codespaces_user_secret stateful secret high  # a secret value
github_dependabot_organization_secret stateful secret high  # a secret value
github_dependabot_organization_secret_repositories none
github_dependabot_organization_secret_repository none
github_dependabot_secret stateful secret high  # a secret value
github_emu_group_mapping none
github_enterprise_actions_permissions none
github_enterprise_actions_runner_group none
github_enterprise_actions_workflow_permissions none
github_enterprise_ip_allow_list_entry none
github_enterprise_organization stateful source-repository critical  # cascade: every repository of the organization
github_enterprise_security_analysis_settings none
github_issue stateful source-repository high  # its comments, reactions and history exist nowhere else
github_issue_label none
github_issue_labels none
github_membership stateful identity-directory high  # removing a member deletes their forks of the organization's private repositories
github_organization_block none
github_organization_custom_properties none
github_organization_custom_role none
github_organization_project stateful source-repository high  # cards and notes added outside Terraform
github_organization_repository_role none
github_organization_role none
github_organization_role_team none
github_organization_role_team_assignment none
github_organization_role_user none
github_organization_ruleset safeguard policy  # stops force pushes and deletion of protected refs
github_organization_security_manager none
github_organization_settings none
github_organization_webhook none
github_project_card none
github_project_column stateful source-repository high  # cascade: the cards in the column
github_release stateful source-repository high  # its uploaded assets and notes
github_repository_autolink_reference none
github_repository_collaborator none
github_repository_collaborators none
github_repository_custom_property none
github_repository_dependabot_security_updates none
github_repository_deploy_key none
github_repository_deployment_branch_policy none
github_repository_environment stateful secret high  # deleting an environment deletes its secrets and variables, including those set outside Terraform
github_repository_environment_deployment_policy none
github_repository_file none  # destroy commits a deletion; the history keeps the file
github_repository_milestone none
github_repository_pages none
github_repository_project stateful source-repository high  # cards and notes added outside Terraform
github_repository_pull_request none  # destroy closes the pull request; it is not deleted
github_repository_ruleset safeguard policy  # stops force pushes and deletion of protected refs
github_repository_topics none
github_repository_vulnerability_alerts none
github_repository_webhook none
github_team none
github_team_members none
github_team_membership none
github_team_repository none
github_team_settings none
github_team_sync_group_mapping none
github_user_gpg_key none
github_user_invitation_accepter none
github_user_ssh_key none
github_workflow_repository_permissions none
`;
  },
};
