package jp.lg.platform.experts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** When an expert can visit: a weekly pattern minus dated absences, all in Asia/Tokyo. */
public record AvailabilityPattern(
        @NotNull @Size(max = 50) List<@NotNull @Valid WeeklySlot> weekly,
        @NotNull @Size(max = 200) List<@NotNull @Valid Absence> absences) {

    public static final AvailabilityPattern NONE = new AvailabilityPattern(List.of(), List.of());

    public AvailabilityPattern {
        weekly = weekly == null ? null : List.copyOf(weekly);
        absences = absences == null ? null : List.copyOf(absences);
    }
}
