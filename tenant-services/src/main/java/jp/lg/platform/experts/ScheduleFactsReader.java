package jp.lg.platform.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.directory.DirectoryService;

/**
 * Reads the {@link ScheduleFacts} of a collaboration inside a transaction of its lead; the confirmed visits in
 * the horizon join the pins, so a new plan works around them.
 */
final class ScheduleFactsReader {

    private ScheduleFactsReader() {}

    static ScheduleFacts read(ScheduleDao dao, DirectoryService directory, ScheduleInput input, LgCode lead,
            LocalDate today) {
        return read(dao, directory, input.collaborationCode(), input.from(), input.to(), lead, today,
                dao.pinsOf(input.collaborationCode()));
    }

    static ScheduleFacts read(ScheduleDao dao, DirectoryService directory, String collaboration, LocalDate from,
            LocalDate to, LgCode lead, LocalDate today, List<SchedulePin> pins) {
        List<ExpertRequest> live = dao.liveRequests(collaboration, lead.value());
        List<Expert> experts = dao.experts(collaboration);
        Map<LgCode, Tenant> tenants = Stream.concat(live.stream().map(ExpertRequest::municipality),
                        experts.stream().map(Expert::homeOffice))
                .distinct()
                .map(code -> directory.tenant(code).orElseThrow(() -> new IllegalStateException("no tenant " + code)))
                .collect(Collectors.toMap(Tenant::code, Function.identity()));
        List<SchedulePin> fixed = Stream.concat(pins.stream(), dao.confirmedVisits(collaboration,
                        ScheduleDao.instant(from.atStartOfDay()), ScheduleDao.instant(to.plusDays(1).atStartOfDay()))
                        .stream().map(ScheduleDao.PinRow::pin))
                .toList();
        return new ScheduleFacts(from, to, today, live, experts, tenants, fixed);
    }
}
