package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A seminar (研修・説明会) of an EVENT message: when and where, seats in all and per town. */
@Schema(name = "Seminar")
public record Seminar(
        @Schema(example = "2030-06-10T13:30:00+09:00") OffsetDateTime startsAt,
        @Schema(example = "2030-06-10T16:00:00+09:00") OffsetDateTime endsAt,
        @Schema(example = "愛媛県庁 第一別館 11階 大会議室") String location,
        @Schema(description = "Seats in all; further RSVPs wait on the waitlist", example = "30") int capacity,
        @Schema(description = "Most seats (confirmed and waitlisted) one town may take", example = "2") int seatsPerTown) {
}
