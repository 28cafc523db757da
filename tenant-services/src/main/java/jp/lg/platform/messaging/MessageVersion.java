package jp.lg.platform.messaging;

import java.time.Instant;

/** An earlier text of an edited message: version 1 is the text as first posted. */
public record MessageVersion(int version, String text, Instant writtenAt) {
}
