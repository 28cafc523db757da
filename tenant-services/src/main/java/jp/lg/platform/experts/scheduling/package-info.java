/**
 * Planning model for shared experts (DX推進専門官): who visits which town when. A pure model for
 * Timefold Solver (no I/O): facts, the {@link jp.lg.platform.experts.scheduling.Visit} entity, the
 * {@link jp.lg.platform.experts.scheduling.ExpertSchedule} solution, its constraints and a greedy
 * first-come-first-served baseline. All local date-times are Asia/Tokyo wall-clock times.
 */
package jp.lg.platform.experts.scheduling;
