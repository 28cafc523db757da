package jp.lg.platform.experts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.tenancy.TenantKind;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.VisitMode;

/** Rows as the schedule service reads them from the database, for the unit tests of scheduling. */
final class ScheduleRows {

    static final LgCode EHIME = LgCode.parse("380008");
    static final LgCode SAIJO = LgCode.parse("382060");
    static final LgCode UWAJIMA = LgCode.parse("382035");
    static final LocalDate MONDAY = LocalDate.of(2030, 6, 3);
    static final Map<LgCode, Tenant> TENANTS = Map.of(
            EHIME, tenant(EHIME, "愛媛県", TenantKind.PREFECTURE, 1312298, 33.8417, 132.7661),
            SAIJO, tenant(SAIJO, "西条市", TenantKind.CITY, 104474, 33.9196, 133.1812),
            UWAJIMA, tenant(UWAJIMA, "宇和島市", TenantKind.CITY, 68585, 33.2233, 132.5606));

    private ScheduleRows() {}

    /** An expert of the prefecture's office, available on Mondays 09:00–17:00 and away on {@code absent}. */
    static Expert expert(String specialty, LocalDate absent) {
        return expert(specialty, absent, 4);
    }

    static Expert expert(String specialty, LocalDate absent, int weeklyVisitLimit) {
        return new Expert(UUID.randomUUID(), EHIME, "team-ehime", "専門官 " + specialty, List.of(specialty), EHIME,
                weeklyVisitLimit,
                "expert." + specialty, new AvailabilityPattern(
                        List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
                        List.of(new Absence(absent, absent, "研修"))));
    }

    /** A request of {@code town} for a 90-minute on-site visit, preferring Monday 10:00–16:00. */
    static ExpertRequest request(LgCode town, long seq, String specialty, String programme, RequestStatus status,
            Optional<UUID> expert) {
        OffsetDateTime start = MONDAY.atTime(10, 0).atZone(FiscalYear.TOKYO).toOffsetDateTime();
        return new ExpertRequest(UUID.randomUUID(), seq, town, "team-ehime", EHIME, programme, specialty, "窓口改善",
                "助言がほしい", VisitMode.ON_SITE, 90, Urgency.HIGH,
                List.of(new PreferredWindow(start, start.plusHours(6))), FiscalYear.of(2030), status, expert,
                Optional.empty(), Optional.empty(), "staff", Instant.parse("2030-05-01T00:00:00Z"), Optional.empty());
    }

    private static Tenant tenant(LgCode code, String name, TenantKind kind, long population, double lat, double lon) {
        return new Tenant(code, name, name, kind, Optional.empty(), Optional.empty(), population,
                LocalDate.of(2024, 1, 1), new Tenant.GeoPoint(lat, lon));
    }
}
