package jp.lg.platform.messaging;

/** A person of the people directory as messaging uses them: Keycloak user id, their tenant and names. */
public record Participant(String userId, String tenantCode, String username, String displayName) {
}
