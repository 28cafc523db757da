package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.lg.platform.support.PlatformApp;
import org.junit.jupiter.api.Test;

class DriftTest {

    static final ProcedureDefinition STANDARD = ProceduresJson.read(
            PlatformApp.fixtureText(ProcedureFixtures.RESIDENT_CERTIFICATE), ProcedureInput.class).definition();

    private static final FormField DELIVERY = new FormField("delivery", "受取方法", "How to receive", FieldType.CHOICE,
            true, List.of("窓口", "郵送"), null, null, null, null, false, false);
    private static final Stage SECOND_REVIEW = new Stage("SECOND_REVIEW", "課長決裁", "Section head approval", 1);

    @Test
    void theStandardAdoptedAsItIsHasNoDistance() {
        assertThat(Drift.of("074071", "磐梯町", 1, STANDARD, Variants.NONE).distance()).isZero();
    }

    @Test
    void weighsEachKindOfDifference() {
        Variants v = new Variants(List.of(DELIVERY), 350, Map.of("REVIEW", 5),
                List.of(new ExtraStage(SECOND_REVIEW, "REVIEW")));

        List<Drift.Difference> differences = Drift.differences(STANDARD, v);

        assertThat(differences).extracting(Drift.Difference::kind)
                .containsExactly("EXTRA_FIELD", "FEE", "SLA_OVERRIDE", "EXTRA_STAGE");
        assertThat(Drift.distance(differences)).isEqualTo(1 + 3 + 1 + 3);
        assertThat(differences.get(1).descriptionJa()).isEqualTo("手数料 300円 → 350円");
    }

    @Test
    void anOverrideEqualToTheStandardIsNoDifference() {
        Variants v = new Variants(List.of(), 300, Map.of("REVIEW", 2), List.of());

        assertThat(Drift.differences(STANDARD, v)).isEmpty();
    }

    @Test
    void theScoreCountsTownsThatHaveNotAdoptedAsZero() {
        Drift.TownDrift asIs = Drift.of("074071", null, 1, STANDARD, Variants.NONE);
        Drift.TownDrift ownFee = Drift.of("072028", null, 1, STANDARD, new Variants(null, 500, null, null));

        assertThat(Drift.score(List.of(asIs), 1)).isEqualTo(100.0);
        assertThat(Drift.score(List.of(asIs, ownFee), 4)).isEqualTo(31.3);
        assertThat(Drift.score(List.of(), 13)).isZero();
    }

    @Test
    void anExtraStepTakesOverTheForwardMoveAndMayReturnOrRejectLikeTheStageItFollows() {
        ProcedureDefinition effective = EffectiveDefinition.of(STANDARD,
                new Variants(null, null, Map.of("REVIEW", 5), List.of(new ExtraStage(SECOND_REVIEW, "REVIEW"))));

        assertThat(effective.stages()).extracting(Stage::code)
                .containsExactly("APPLIED", "RECEIVED", "REVIEW", "SECOND_REVIEW", "ISSUED", "RETURNED", "REJECTED");
        assertThat(effective.stage("REVIEW").orElseThrow().slaBusinessDays()).isEqualTo(5);
        assertThat(effective.transition("REVIEW", "ISSUED")).isEmpty();
        assertThat(effective.transition("REVIEW", "SECOND_REVIEW")).isPresent();
        assertThat(effective.transition("SECOND_REVIEW", "ISSUED")).isPresent();
        assertThat(effective.transition("SECOND_REVIEW", "RETURNED")).isPresent();
        assertThat(effective.transition("SECOND_REVIEW", "REJECTED")).isPresent();
    }

    @Test
    void movingToAVersionThatAdoptsAnExtraFieldDropsItFromTheVariants() {
        List<FormField> fields = new java.util.ArrayList<>(STANDARD.fields());
        fields.add(DELIVERY);
        ProcedureDefinition v2 = STANDARD.with(fields, STANDARD.stages(), STANDARD.transitions(), 350);
        Procedure from = new Procedure("c", 1, "aizu", "070009", "初版", "u", java.time.Instant.EPOCH, STANDARD);
        Procedure to = new Procedure("c", 2, "aizu", "070009", "受取方法を追加", "u", java.time.Instant.EPOCH, v2);

        UpgradePreview preview = UpgradePreview.of("074071", from, to, List.of("v2: 受取方法を追加"),
                new Variants(List.of(DELIVERY), 350, null, null));

        assertThat(preview.driftBefore()).isEqualTo(4);
        assertThat(preview.driftAfter()).isZero();
        assertThat(preview.changes()).extracting(UpgradePreview.Change::effect, UpgradePreview.Change::item)
                .contains(org.assertj.core.groups.Tuple.tuple("GAIN", "delivery"),
                        org.assertj.core.groups.Tuple.tuple("CHANGE", "feeYen"));
        assertThat(preview.variantsAfter().extraFields()).isEmpty();
    }
}
