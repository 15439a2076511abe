import type { ReviewedList } from './format.js';

/*
 * Heroku (heroku/heroku): every resource type without a full entry in ../data/others.ts. Data lives
 * in add-ons and apps, which have full entries.
 * Decided from what the provider's delete does; see docs/catalog.md.
 */
export const HEROKU_REVIEWED: ReviewedList = {
  provider: 'heroku',
  reviewedAt: 'heroku/heroku v5.3.2 (sources of 2025-11-27)',
  get lines() {
    return `
heroku_account_feature none
heroku_addon_attachment none   # detaches an add-on; the add-on and its data stay
heroku_app_config_association none
heroku_app_feature none
heroku_app_release none
heroku_app_webhook none
heroku_build none
heroku_collaborator none
heroku_config none
heroku_domain none
heroku_drain none
heroku_formation none
heroku_pipeline none
heroku_pipeline_config_var none
heroku_pipeline_coupling none
heroku_pipeline_promotion none
heroku_review_app_config none
heroku_slug none
heroku_space none   # Heroku refuses to delete a Private Space that still has apps
heroku_space_app_access none
heroku_space_inbound_ruleset none
heroku_space_peering_connection_accepter none
heroku_space_vpn_connection none
heroku_ssl none
heroku_team_collaborator none
heroku_team_member none
heroku_telemetry_drain none
`;
  },
};
