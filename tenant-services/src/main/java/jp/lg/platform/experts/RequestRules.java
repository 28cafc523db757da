package jp.lg.platform.experts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * What a request must satisfy beyond its shape: a collaboration the town belongs to, a known
 * programme and specialty, and preferred windows in the future, in order and long enough for the
 * visit. Every broken rule is reported at once. Pure.
 */
final class RequestRules {

    private final DispatchCatalogue catalogue;

    RequestRules(DispatchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<FieldError> check(ExpertRequestInput input, Optional<Collaboration> collaboration, LgCode town, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (collaboration.isEmpty()) {
            errors.add(new FieldError("collaborationCode", "no collaboration has the code '" + input.collaborationCode() + "'"));
        } else if (!collaboration.get().members().contains(town)) {
            errors.add(new FieldError("collaborationCode", town + " is not a member of " + input.collaborationCode()));
        }
        if (catalogue.programme(input.programme()).isEmpty()) {
            errors.add(new FieldError("programme", "unknown programme '" + input.programme() + "'; use one of "
                    + String.join(", ", catalogue.programmes().keySet().stream().sorted().toList())));
        }
        if (!catalogue.knowsSpecialty(input.specialty())) {
            errors.add(new FieldError("specialty", "unknown specialty '" + input.specialty() + "'; use one of "
                    + String.join(", ", catalogue.specialties().keySet().stream().sorted().toList())));
        }
        for (int i = 0; i < input.preferredWindows().size(); i++) {
            windowError(input.preferredWindows().get(i), Duration.ofMinutes(input.durationMinutes()), now)
                    .ifPresent(new WindowIndex(i, errors)::add);
        }
        return errors;
    }

    /** The fiscal year (年度) a request counts against: that of its earliest preferred window, in Asia/Tokyo. */
    static FiscalYear fiscalYearOf(List<PreferredWindow> windows) {
        return FiscalYear.containing(windows.stream().map(w -> w.start().toInstant())
                .min(Comparator.naturalOrder()).orElseThrow());
    }

    private static Optional<String> windowError(PreferredWindow w, Duration visit, Instant now) {
        if (!w.end().isAfter(w.start())) {
            return Optional.of("ends (" + w.end() + ") before it starts (" + w.start() + ")");
        }
        if (w.start().toInstant().isBefore(now)) {
            return Optional.of("starts in the past (" + w.start() + ")");
        }
        if (w.length().compareTo(visit) < 0) {
            return Optional.of("is shorter than the visit (" + visit.toMinutes() + " minutes)");
        }
        return Optional.empty();
    }

    private record WindowIndex(int index, List<FieldError> errors) {
        void add(String message) {
            errors.add(new FieldError("preferredWindows[" + index + "]", message));
        }
    }
}
