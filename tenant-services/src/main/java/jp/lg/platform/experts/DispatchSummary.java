package jp.lg.platform.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.lg.platform.core.time.FiscalYear;

/**
 * Where each municipality stands in one fiscal year: per programme, and per combined cap, how many
 * visits it asked for, how many were confirmed and completed, how many were declined, and how many
 * it may still ask for. {@code requested} counts what the caps count (not declined or cancelled);
 * {@code confirmed} includes the visits since completed. Towns that asked for nothing are listed
 * too, so the coordinator sees who has not used the programme yet.
 */
public record DispatchSummary(FiscalYear fiscalYear, List<Line> lines) {

    public DispatchSummary {
        lines = List.copyOf(lines);
    }

    /** A programme's own cap, or a cap shared by several programmes. */
    public enum CapKind {
        PROGRAMME,
        COMBINED
    }

    /** One municipality and one programme (or combined cap); {@code limit} and {@code remaining} are null without a cap. */
    public record Line(String municipalityCode, String municipalityName, CapKind kind, String code, String nameJa,
            int requested, int confirmed, int completed, int declined, Integer limit, Integer remaining) {}

    /** A municipality listed in the summary. */
    public record Town(String code, String nameJa) {}

    /** Requests of one municipality and programme in each status. */
    public record Counts(int live, int confirmed, int completed, int declined) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Adds {@code count} requests in {@code status}. */
        Counts plus(RequestStatus status, int count) {
            return new Counts(
                    live + (status == RequestStatus.DECLINED || status == RequestStatus.CANCELLED ? 0 : count),
                    confirmed + (status == RequestStatus.CONFIRMED || status == RequestStatus.COMPLETED ? count : 0),
                    completed + (status == RequestStatus.COMPLETED ? count : 0),
                    declined + (status == RequestStatus.DECLINED ? count : 0));
        }

        Counts plus(Counts other) {
            return new Counts(live + other.live, confirmed + other.confirmed, completed + other.completed,
                    declined + other.declined);
        }
    }

    /**
     * The summary of {@code towns} (in the order given), every programme of {@code catalogue} then
     * every combined cap; {@code counts} maps town code → programme code → counts, missing = none.
     */
    public static DispatchSummary of(FiscalYear fiscalYear, List<Town> towns, DispatchCatalogue catalogue,
            Map<String, Map<String, Counts>> counts) {
        List<Line> lines = new ArrayList<>();
        for (Town town : towns) {
            Map<String, Counts> byProgramme = counts.getOrDefault(town.code(), Map.of());
            for (Programme programme : catalogue.programmes().values()) {
                Counts c = byProgramme.getOrDefault(programme.code(), Counts.NONE);
                Integer limit = programme.capPerFiscalYear().isPresent() ? programme.capPerFiscalYear().getAsInt() : null;
                lines.add(line(town, CapKind.PROGRAMME, programme.code(), programme.nameJa(), c, limit));
            }
            for (Map.Entry<String, Integer> cap : catalogue.combinedCaps().entrySet()) {
                Counts c = catalogue.programmesIn(cap.getKey()).stream()
                        .map(code -> byProgramme.getOrDefault(code, Counts.NONE))
                        .reduce(Counts.NONE, Counts::plus);
                lines.add(line(town, CapKind.COMBINED, cap.getKey(), String.join("・", catalogue.programmesIn(cap.getKey())
                        .stream().map(code -> catalogue.programmes().get(code).nameJa()).toList()) + "（合算）", c,
                        cap.getValue()));
            }
        }
        return new DispatchSummary(fiscalYear, lines);
    }

    private static Line line(Town town, CapKind kind, String code, String nameJa, Counts c, Integer limit) {
        return new Line(town.code(), town.nameJa(), kind, code, nameJa, c.live(), c.confirmed(), c.completed(),
                c.declined(), limit, limit == null ? null : Math.max(0, limit - c.live()));
    }
}
