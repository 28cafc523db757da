package jp.lg.platform.experts.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link VisitRequest} with test defaults: design-ux, team-ehime, on site, 120 minutes, urgency 2. */
final class RequestBuilder {

    private final String id;
    private final Town town;
    private String specialty = "design-ux";
    private String programme = "team-ehime";
    private VisitMode mode = VisitMode.ON_SITE;
    private int minutes = 120;
    private final List<TimeWindow> preferred = new ArrayList<>();
    private int urgency = 2;
    private LocalDate submitted = ScheduleFixtures.PLANNING_DATE;
    private int asked = 1;

    RequestBuilder(String id, Town town) {
        this.id = id;
        this.town = town;
    }

    RequestBuilder specialty(String code) {
        this.specialty = code;
        return this;
    }

    RequestBuilder programme(String code) {
        this.programme = code;
        return this;
    }

    RequestBuilder online() {
        this.mode = VisitMode.ONLINE;
        return this;
    }

    RequestBuilder minutes(int duration) {
        this.minutes = duration;
        return this;
    }

    RequestBuilder preferring(LocalDateTime from, LocalDateTime to) {
        preferred.add(new TimeWindow(from, to));
        return this;
    }

    RequestBuilder urgency(int level) {
        this.urgency = level;
        return this;
    }

    RequestBuilder submitted(LocalDate date) {
        this.submitted = date;
        return this;
    }

    RequestBuilder asked(int visitsThisFiscalYear) {
        this.asked = visitsThisFiscalYear;
        return this;
    }

    VisitRequest build() {
        return new VisitRequest(id, town, specialty, programme, mode, minutes, preferred, urgency, submitted, asked);
    }
}
