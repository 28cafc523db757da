package jp.lg.platform.experts;

import java.util.List;
import jp.lg.platform.core.time.FiscalYear;

/** An expert's availability as the API shows it; times are wall-clock times in {@code timeZone}. */
public record AvailabilityView(String expertId, String timeZone, List<WeeklySlot> weekly, List<Absence> absences) {

    static AvailabilityView of(Expert expert) {
        return new AvailabilityView(expert.id().toString(), FiscalYear.TOKYO.getId(),
                expert.availability().weekly(), expert.availability().absences());
    }
}
