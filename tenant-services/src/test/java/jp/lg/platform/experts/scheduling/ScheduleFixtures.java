package jp.lg.platform.experts.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Towns, experts and requests from {@code src/test/resources/scheduling/*.csv}, and small builders. */
final class ScheduleFixtures {

    static final LocalDate PLANNING_DATE = LocalDate.of(2026, 11, 23);
    static final PlanningParameters PARAMETERS = new PlanningParameters(TravelTime.EHIME_DEFAULT, PLANNING_DATE);
    /** Monday of the week the end-to-end fixtures are planned in. */
    static final LocalDate WEEK = LocalDate.of(2026, 11, 30);

    static final Map<String, Town> TOWNS = rows("towns.csv").stream()
            .map(r -> new Town(r[0], r[1], new Office(Double.parseDouble(r[3]), Double.parseDouble(r[4])),
                    Integer.parseInt(r[2])))
            .collect(Collectors.toMap(Town::name, Function.identity()));
    static final Map<String, Expert> EXPERTS = rows("experts.csv").stream()
            .map(r -> new Expert(r[0], r[1], Set.of(r[2].split(";")), office(r[3]), Integer.parseInt(r[4])))
            .collect(Collectors.toMap(Expert::id, Function.identity()));

    private ScheduleFixtures() {
    }

    static Town town(String nameEn) {
        return TOWNS.get(nameEn);
    }

    static Expert expert(String id) {
        return EXPERTS.get(id);
    }

    /** The requests of {@code requests.csv}, in file order. */
    static List<VisitRequest> requests() {
        return rows("requests.csv").stream().map(r -> new VisitRequest(r[0], town(r[1]), r[2], r[3],
                VisitMode.valueOf(r[4]), Integer.parseInt(r[5]),
                r.length > 9 && !r[9].isEmpty()
                        ? List.of(new TimeWindow(LocalDateTime.parse(r[9]), LocalDateTime.parse(r[10]))) : List.of(),
                Integer.parseInt(r[6]), LocalDate.parse(r[7]), Integer.parseInt(r[8]))).toList();
    }

    /** Every fixture expert, Monday to Friday of {@link #WEEK}, 09:00–17:00. */
    static List<Availability> workingWeek() {
        List<Availability> windows = new ArrayList<>();
        for (Expert expert : EXPERTS.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
            for (int day = 0; day < 5; day++) {
                LocalDate date = WEEK.plusDays(day);
                windows.add(available(expert, date.atTime(9, 0), date.atTime(17, 0)));
            }
        }
        return windows;
    }

    /** An unsolved schedule of every fixture request over {@link #workingWeek()} on a 30-minute grid. */
    static ExpertSchedule weekProblem() {
        List<Availability> availabilities = workingWeek();
        return new ExpertSchedule(
                EXPERTS.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList(),
                TimeSlot.grid(availabilities, Duration.ofMinutes(30)), availabilities,
                List.of(new ProgrammeCap("mic-management", 5), new ProgrammeCap("mic-informatization", 3)),
                List.of(new CombinedCap("national-advisors", Set.of("mic-management", "mic-informatization"), 8)),
                List.of(), List.of(), PARAMETERS, requests().stream().map(Visit::new).toList());
    }

    static RequestBuilder request(String id, String townName) {
        return new RequestBuilder(id, town(townName));
    }

    static Availability available(Expert expert, LocalDateTime from, LocalDateTime to) {
        return new Availability(expert, new TimeWindow(from, to));
    }

    static Visit visit(VisitRequest request, Expert expert, LocalDateTime start) {
        return new Visit(request, expert, new TimeSlot(start), false);
    }

    static Visit unassigned(VisitRequest request) {
        return new Visit(request);
    }

    /** A Monday to Friday date-time in {@link #WEEK}: {@code at(DayOfWeek.TUESDAY, 10, 0)}. */
    static LocalDateTime at(DayOfWeek day, int hour, int minute) {
        return WEEK.plusDays(day.getValue() - 1L).atTime(LocalTime.of(hour, minute));
    }

    private static Office office(String lgCode) {
        return TOWNS.values().stream().filter(t -> t.lgCode().equals(lgCode)).findFirst().orElseThrow().office();
    }

    private static List<String[]> rows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ScheduleFixtures.class.getResourceAsStream("/scheduling/" + file), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
