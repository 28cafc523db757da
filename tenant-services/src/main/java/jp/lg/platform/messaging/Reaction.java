package jp.lg.platform.messaging;

import java.util.UUID;

/** One person's reaction (an emoji) to a message; one per person and emoji. */
public record Reaction(UUID messageId, String emoji, String userId) {
}
