package jp.lg.platform.experts;

import java.util.Map;
import java.util.Optional;
import jp.lg.platform.core.time.FiscalYear;

/**
 * Whether a municipality may submit one more request of a programme in a fiscal year (年度): its
 * live requests (not declined or cancelled) of that programme must stay within the programme's
 * cap, and those of all programmes in its combined cap group within the group's cap. Pure.
 */
public final class DispatchCaps {

    private final DispatchCatalogue catalogue;

    public DispatchCaps(DispatchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The cap one more request of {@code programme} would break, given the live requests per
     * programme code the municipality already has in {@code fiscalYear}; empty when it fits.
     */
    public Optional<CapBreach> breachOfOneMore(Programme programme, Map<String, Integer> usedByProgramme,
            FiscalYear fiscalYear) {
        int usedOfProgramme = usedByProgramme.getOrDefault(programme.code(), 0);
        if (programme.capPerFiscalYear().isPresent() && usedOfProgramme + 1 > programme.capPerFiscalYear().getAsInt()) {
            return Optional.of(new CapBreach(programme.code(), programme.nameJa(),
                    programme.capPerFiscalYear().getAsInt(), usedOfProgramme, fiscalYear));
        }
        return programme.combinedCapGroup().flatMap(group -> {
            Integer limit = catalogue.combinedCaps().get(group);
            int used = catalogue.programmesIn(group).stream().mapToInt(p -> usedByProgramme.getOrDefault(p, 0)).sum();
            return limit != null && used + 1 > limit
                    ? Optional.of(new CapBreach(group, "合算上限（" + group + "）", limit, used, fiscalYear))
                    : Optional.empty();
        });
    }
}
