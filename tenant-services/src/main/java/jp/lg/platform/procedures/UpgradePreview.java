package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a town gains and loses by moving its adoption to another version, its variants carried
 * over: fields and attachments added or removed, fee and SLA changes, and local variants the new
 * standard makes unnecessary. Pure.
 */
@Schema(name = "UpgradePreview")
public record UpgradePreview(
        String town, String procedureCode, int fromVersion, int toVersion,
        @Schema(description = "the changes of the versions in between, as 'changes' of each") List<String> versionNotes,
        List<Change> changes,
        int driftBefore, int driftAfter,
        @Schema(description = "the variants as they would be carried over") Variants variantsAfter) {

    /** GAIN: the town gets something; LOSS: something it has goes away; CHANGE: it works differently. */
    @Schema(name = "UpgradeChange")
    public record Change(String effect, String item, String descriptionJa, String descriptionEn) {}

    static UpgradePreview of(String town, Procedure from, Procedure to, List<String> notes, Variants v) {
        ProcedureDefinition a = from.definition();
        ProcedureDefinition b = to.definition();
        List<Change> changes = new ArrayList<>();
        Map<String, FormField> before = byName(a.fields(), FormField::name);
        Map<String, FormField> after = byName(b.fields(), FormField::name);
        Set<String> local = v.extraFields().stream().map(FormField::name).collect(Collectors.toSet());
        after.values().stream().filter(f -> !before.containsKey(f.name())).forEach(f -> changes.add(local.contains(f.name())
                ? new Change("GAIN", f.name(), "独自項目「" + f.labelJa() + "」が標準になります",
                        "your extra field '" + f.labelEn() + "' becomes standard")
                : new Change("GAIN", f.name(), "新しい項目「" + f.labelJa() + "」", "new field '" + f.labelEn() + "'")));
        before.values().stream().filter(f -> !after.containsKey(f.name())).forEach(f -> changes.add(
                new Change("LOSS", f.name(), "項目「" + f.labelJa() + "」がなくなります", "field '" + f.labelEn() + "' is removed")));
        before.values().stream().filter(f -> after.containsKey(f.name()) && !after.get(f.name()).equals(f)).forEach(f ->
                changes.add(new Change("CHANGE", f.name(), "項目「" + f.labelJa() + "」の条件が変わります",
                        "field '" + f.labelEn() + "' has other rules")));
        feeChange(a, b, v, changes);
        Map<String, Stage> stagesBefore = byName(a.stages(), Stage::code);
        for (Stage s : b.stages()) {
            Stage old = stagesBefore.get(s.code());
            if (old == null) {
                changes.add(new Change("GAIN", s.code(), "新しい段階「" + s.nameJa() + "」", "new stage '" + s.nameEn() + "'"));
            } else if (!Objects.equals(old.slaBusinessDays(), s.slaBusinessDays()) && !v.slaOverrides().containsKey(s.code())) {
                changes.add(new Change("CHANGE", s.code(), s.nameJa() + "の処理期間 " + old.slaBusinessDays() + "日 → "
                        + s.slaBusinessDays() + "日", s.code() + " SLA " + old.slaBusinessDays() + " → "
                        + s.slaBusinessDays() + " business days"));
            }
        }
        Map<String, RequiredAttachment> attachmentsBefore = byName(a.requiredAttachments(), RequiredAttachment::code);
        Map<String, RequiredAttachment> attachmentsAfter = byName(b.requiredAttachments(), RequiredAttachment::code);
        attachmentsAfter.values().stream().filter(x -> !attachmentsBefore.containsKey(x.code())).forEach(x -> changes.add(
                new Change("CHANGE", x.code(), "添付書類「" + x.nameJa() + "」が必要になります", "now requires '" + x.nameEn() + "'")));
        attachmentsBefore.values().stream().filter(x -> !attachmentsAfter.containsKey(x.code())).forEach(x -> changes.add(
                new Change("GAIN", x.code(), "添付書類「" + x.nameJa() + "」が不要になります", "no longer requires '" + x.nameEn() + "'")));
        Variants carried = carry(v, b);
        return new UpgradePreview(town, to.code(), from.version(), to.version(), notes, changes,
                Drift.distance(Drift.differences(a, v)), Drift.distance(Drift.differences(b, carried)), carried);
    }

    /** The variants against the new version: extra fields it now has and an override equal to it fall away. */
    static Variants carry(Variants v, ProcedureDefinition b) {
        List<FormField> extra = v.extraFields().stream().filter(f -> b.field(f.name()).isEmpty()).toList();
        Integer fee = v.feeYen() != null && v.feeYen().intValue() == b.feeYen() ? null : v.feeYen();
        Map<String, Integer> sla = v.slaOverrides().entrySet().stream()
                .filter(e -> b.stage(e.getKey()).filter(s -> !Objects.equals(s.slaBusinessDays(), e.getValue())).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ExtraStage> stages = v.extraStages().stream().filter(x -> b.stage(x.stage().code()).isEmpty()).toList();
        return new Variants(extra, fee, sla, stages);
    }

    private static void feeChange(ProcedureDefinition a, ProcedureDefinition b, Variants v, List<Change> changes) {
        if (a.feeYen().equals(b.feeYen())) {
            return;
        }
        if (v.feeYen() != null) {
            changes.add(new Change("CHANGE", "feeYen", "標準の手数料が" + b.feeYen() + "円になります（独自の" + v.feeYen()
                    + "円のまま）", "the standard fee becomes ¥" + b.feeYen() + "; yours stays ¥" + v.feeYen()));
        } else {
            changes.add(new Change("CHANGE", "feeYen", "手数料 " + a.feeYen() + "円 → " + b.feeYen() + "円",
                    "fee ¥" + a.feeYen() + " → ¥" + b.feeYen()));
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new));
    }
}
