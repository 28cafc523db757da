package jp.lg.platform.experts.scheduling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import jp.lg.platform.core.time.FiscalYear;

/**
 * The planned visit (訪問) answering one {@link VisitRequest}: the solver picks the expert and the start
 * slot; either may stay empty when the request cannot be served. A pinned visit keeps both.
 * Not thread-safe: the solver owns its working copy.
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private String id;
    private VisitRequest request;
    @PlanningVariable(allowsUnassigned = true)
    private Expert expert;
    @PlanningVariable(allowsUnassigned = true)
    private TimeSlot slot;
    @PlanningPin
    private boolean pinned;

    public Visit() {
    }

    public Visit(VisitRequest request) {
        this(request, null, null, false);
    }

    public Visit(VisitRequest request, Expert expert, TimeSlot slot, boolean pinned) {
        this.id = request.id();
        this.request = request;
        this.expert = expert;
        this.slot = slot;
        this.pinned = pinned;
    }

    public boolean isAssigned() {
        return expert != null && slot != null;
    }

    public LocalDateTime start() {
        return slot.start();
    }

    public LocalDateTime end() {
        return slot.start().plusMinutes(request.durationMinutes());
    }

    public Town town() {
        return request.town();
    }

    public String programme() {
        return request.programme();
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(start().toLocalDate());
    }

    /** The Monday of the visit's week, which weekly limits count by. */
    public LocalDate week() {
        return start().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Minutes by which this visit and {@code other} (same expert) collide, counting the drive between
     * the two town offices when both are on site; 0 when they fit.
     */
    public int conflictMinutes(Visit other, TravelTime travel) {
        Visit first = start().isAfter(other.start()) ? other : this;
        Visit second = first == this ? other : this;
        int travelMinutes = first.request.onSite() && second.request.onSite()
                ? travel.minutes(first.town().office(), second.town().office()) : 0;
        long gap = ChronoUnit.MINUTES.between(first.end().plusMinutes(travelMinutes), second.start());
        return Math.toIntExact(Math.max(0, -gap));
    }

    /** Kilometres driven from the expert's office to the town and back; 0 online. */
    public int roundTripKm(TravelTime travel) {
        return request.onSite() ? (int) Math.round(2 * travel.roadKm(expert.home(), town().office())) : 0;
    }

    public String getId() {
        return id;
    }

    public VisitRequest getRequest() {
        return request;
    }

    public Expert getExpert() {
        return expert;
    }

    public void setExpert(Expert expert) {
        this.expert = expert;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public void setSlot(TimeSlot slot) {
        this.slot = slot;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return id + (isAssigned() ? "@" + expert + "/" + slot : " (unassigned)");
    }
}
