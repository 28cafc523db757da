package jp.lg.platform.experts;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An expert dispatch programme (派遣事業) from {@code dispatch-programs.csv}: its cap of dispatches
 * per municipality and fiscal year (empty: no fixed cap) and the combined cap group it also counts
 * against, if any.
 */
public record Programme(String code, String nameJa, String nameEn, OptionalInt capPerFiscalYear,
        Optional<String> combinedCapGroup) {
}
