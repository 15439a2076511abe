import type { ReviewedList } from './format.js';

/*
 * Every PagerDuty (PagerDuty/pagerduty) resource type in the provider's documentation at the
 * version in `reviewedAt`, except those with a full entry in ../data/others.ts, decided from what
 * its delete does. Reasons follow `#` where the call is not obvious.
 */
export const PAGERDUTY_REVIEWED: ReviewedList = {
  provider: 'pagerduty',
  reviewedAt: 'PagerDuty/pagerduty v3.32.4 (April 2026): website/docs/r',
  get lines() {
    return `
pagerduty_addon none
pagerduty_alert_grouping_setting none
pagerduty_automation_actions_action none
pagerduty_automation_actions_action_service_association none
pagerduty_automation_actions_action_team_association none
pagerduty_automation_actions_runner none
pagerduty_automation_actions_runner_team_association none
pagerduty_business_service none
pagerduty_business_service_subscriber none
pagerduty_enablement none
pagerduty_escalation_policy none
pagerduty_event_orchestration none
pagerduty_event_orchestration_global none
pagerduty_event_orchestration_global_cache_variable none
pagerduty_event_orchestration_integration none
pagerduty_event_orchestration_router none
pagerduty_event_orchestration_service none
pagerduty_event_orchestration_service_cache_variable none
pagerduty_event_orchestration_unrouted none
pagerduty_event_rule none
pagerduty_extension none
pagerduty_extension_servicenow none
pagerduty_incident_custom_field stateful monitoring-state high  # deleting the field deletes its values on every incident
pagerduty_incident_custom_field_option none
pagerduty_incident_type none
pagerduty_incident_type_custom_field none
pagerduty_incident_workflow none
pagerduty_incident_workflow_trigger none
pagerduty_jira_cloud_account_mapping_rule none
pagerduty_maintenance_window none
pagerduty_response_play none
pagerduty_ruleset none
pagerduty_ruleset_rule none
pagerduty_schedulev2 stateful monitoring-state high  # as pagerduty_schedule: overrides made outside Terraform are lost
pagerduty_service_custom_field none
pagerduty_service_custom_field_value none
pagerduty_service_dependency none
pagerduty_service_event_rule none
pagerduty_service_integration none  # re-created from the configuration with a new integration key
pagerduty_slack_connection none
pagerduty_tag none
pagerduty_tag_assignment none
pagerduty_team none
pagerduty_team_membership none
pagerduty_user none
pagerduty_user_contact_method none
pagerduty_user_handoff_notification_rule none
pagerduty_user_notification_rule none
pagerduty_webhook_subscription none
`;
  },
};
