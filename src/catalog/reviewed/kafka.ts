import type { ReviewedList } from './format.js';

/*
 * Every Kafka (Mongey/kafka) resource type in the provider's documentation at the version in
 * `reviewedAt`, except those with a full entry in ../data/others.ts, decided from what its delete
 * does. Reasons follow `#` where the call is not obvious.
 */
export const KAFKA_REVIEWED: ReviewedList = {
  provider: 'kafka',
  reviewedAt: 'Mongey/kafka v0.13.1 (June 2026): docs/resources',
  get lines() {
    return `
kafka_acl none
kafka_quota none
kafka_topic stateful queue-stream high  # the topic's messages
kafka_user_scram_credential none  # re-created from the configuration
`;
  },
};
