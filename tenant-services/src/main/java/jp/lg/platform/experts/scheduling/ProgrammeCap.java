package jp.lg.platform.experts.scheduling;

/**
 * At most {@code maxPerTownPerFiscalYear} dispatches (派遣) of one programme per town and fiscal
 * year (年度). Programmes without a cap simply have no such fact.
 */
public record ProgrammeCap(String programme, int maxPerTownPerFiscalYear) {
}
