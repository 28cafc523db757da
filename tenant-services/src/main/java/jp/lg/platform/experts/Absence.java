package jp.lg.platform.experts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Dates (inclusive, Asia/Tokyo) on which an expert is away whatever the weekly pattern says: leave, conferences. */
public record Absence(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String reason) {

    @AssertTrue(message = "to must not be before from")
    boolean isInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }
}
