package jp.lg.platform.notifications;

/** Someone a notification may go to: a Keycloak user id and the tenant they work for. */
record Recipient(String userId, String tenantCode, String displayName) {}
