package jp.lg.platform.experts.scheduling;

import jp.lg.platform.core.time.FiscalYear;

/**
 * Dispatches (派遣) of one programme a town has already used in a fiscal year (年度) outside this plan,
 * e.g. confirmed or completed visits. They count against programme and combined caps, but only the
 * planned visits beyond a cap are penalised.
 */
public record CapUsage(String lgCode, String programme, FiscalYear fiscalYear, int used) {
}
