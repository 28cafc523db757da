package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Where the caller has read a channel up to; without {@code upTo}, its newest message. */
@Schema(name = "ReadMarkerInput")
public record ReadMarkerInput(@Schema(description = "The last message read") UUID upTo) {
}
