package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;
import jp.lg.platform.core.time.FiscalYear;

/**
 * A time in which the town would like the visit, [{@code start}, {@code end}); written with an
 * offset (e.g. {@code +09:00}) and shown in Asia/Tokyo.
 */
@Schema(name = "PreferredWindow")
public record PreferredWindow(
        @Schema(example = "2027-05-12T10:00:00+09:00") @NotNull OffsetDateTime start,
        @Schema(example = "2027-05-12T16:00:00+09:00") @NotNull OffsetDateTime end) {

    /** The same window in Asia/Tokyo, as stored and shown. */
    PreferredWindow inTokyo() {
        return new PreferredWindow(start.atZoneSameInstant(FiscalYear.TOKYO).toOffsetDateTime(),
                end.atZoneSameInstant(FiscalYear.TOKYO).toOffsetDateTime());
    }

    Duration length() {
        return Duration.between(start, end);
    }
}
