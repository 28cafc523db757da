package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far a town's variant is from the standard (標準からの乖離). Each difference has a weight by
 * kind: an extra field 1, an SLA override 1, a different fee 3, an extra step 3 (it changes who
 * does what, so it costs most to bring back). The distance is the sum of the weights; 0 means
 * adopted as is. Pure.
 */
final class Drift {

    static final int EXTRA_FIELD = 1;
    static final int SLA_OVERRIDE = 1;
    static final int FEE = 3;
    static final int EXTRA_STAGE = 3;

    private Drift() {}

    /** One difference from the standard. */
    @Schema(name = "DriftDifference")
    record Difference(
            @Schema(description = "EXTRA_FIELD, FEE, SLA_OVERRIDE or EXTRA_STAGE") String kind,
            @Schema(example = "REVIEW") String item,
            int weight,
            @Schema(example = "審査の処理期間 2日 → 5日") String descriptionJa,
            @Schema(example = "REVIEW takes 5 business days instead of 2") String descriptionEn) {}

    /** A town's differences and their distance. */
    @Schema(name = "TownDrift")
    record TownDrift(String town, String townNameJa, int version, List<Difference> differences, int distance) {}

    static List<Difference> differences(ProcedureDefinition standard, Variants v) {
        List<Difference> result = new ArrayList<>();
        for (FormField f : v.extraFields()) {
            result.add(new Difference("EXTRA_FIELD", f.name(), EXTRA_FIELD, "独自項目「" + f.labelJa() + "」",
                    "extra field '" + f.labelEn() + "'"));
        }
        if (v.feeYen() != null && v.feeYen().intValue() != standard.feeYen()) {
            result.add(new Difference("FEE", "feeYen", FEE, "手数料 " + standard.feeYen() + "円 → " + v.feeYen() + "円",
                    "fee ¥" + v.feeYen() + " instead of ¥" + standard.feeYen()));
        }
        v.slaOverrides().forEach((code, days) -> standard.stage(code)
                .filter(s -> !Objects.equals(s.slaBusinessDays(), days))
                .ifPresent(s -> result.add(new Difference("SLA_OVERRIDE", code, SLA_OVERRIDE,
                        s.nameJa() + "の処理期間 " + s.slaBusinessDays() + "日 → " + days + "日",
                        code + " takes " + days + " business days instead of " + s.slaBusinessDays()))));
        for (ExtraStage extra : v.extraStages()) {
            result.add(new Difference("EXTRA_STAGE", extra.stage().code(), EXTRA_STAGE,
                    "独自の段階「" + extra.stage().nameJa() + "」(" + extra.after() + "の後)",
                    "extra step '" + extra.stage().nameEn() + "' after " + extra.after()));
        }
        return result;
    }

    static int distance(List<Difference> differences) {
        return differences.stream().mapToInt(Difference::weight).sum();
    }

    static TownDrift of(String town, String townNameJa, int version, ProcedureDefinition standard, Variants v) {
        List<Difference> differences = differences(standard, v);
        return new TownDrift(town, townNameJa, version, differences, distance(differences));
    }

    /**
     * The collaboration's standardisation score (標準化率), 0 to 100: each member town counts
     * 1 / (1 + distance) when it has adopted the procedure and 0 when it has not, averaged over
     * all members. 100 means every member runs the standard as is.
     */
    static double score(List<TownDrift> adopted, int members) {
        if (members == 0) {
            return 0;
        }
        double sum = adopted.stream().mapToDouble(t -> 1.0 / (1 + t.distance())).sum();
        return Math.round(1000 * sum / members) / 10.0;
    }
}
