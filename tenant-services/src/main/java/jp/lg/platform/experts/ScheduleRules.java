package jp.lg.platform.experts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;

/** The checks of a schedule request beyond Bean Validation, each naming its field. Pure. */
final class ScheduleRules {

    static final int MAX_HORIZON_DAYS = 366;

    private ScheduleRules() {}

    static List<FieldError> check(ScheduleInput input, Optional<Collaboration> collaboration, LgCode caller,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (collaboration.filter(c -> c.leadCode().equals(caller)).isEmpty()) {
            errors.add(new FieldError("collaborationCode", "is not a collaboration your local government leads"));
        }
        if (input.to().isBefore(input.from())) {
            errors.add(new FieldError("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(input.from(), input.to()) >= MAX_HORIZON_DAYS) {
            errors.add(new FieldError("to", "must be less than " + MAX_HORIZON_DAYS + " days after from"));
        }
        if (input.to().isBefore(today)) {
            errors.add(new FieldError("to", "must not be in the past"));
        }
        return errors;
    }
}
