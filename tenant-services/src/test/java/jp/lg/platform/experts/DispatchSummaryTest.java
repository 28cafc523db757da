package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.DispatchSummary.CapKind;
import jp.lg.platform.experts.DispatchSummary.Counts;
import jp.lg.platform.experts.DispatchSummary.Line;
import jp.lg.platform.experts.DispatchSummary.Town;
import jp.lg.platform.support.PlatformStack;
import org.junit.jupiter.api.Test;

class DispatchSummaryTest {

    private static final DispatchCatalogue CATALOGUE = DispatchCatalogue.load(Optional.of(PlatformStack.sharedData()));
    private static final List<Town> TOWNS = List.of(new Town("382060", "西条市"), new Town("384020", "砥部町"));

    private final DispatchSummary summary = DispatchSummary.of(FiscalYear.of(2026), TOWNS, CATALOGUE, Map.of(
            "382060", Map.of(
                    "mic-informatization", Counts.NONE.plus(RequestStatus.SUBMITTED, 1)
                            .plus(RequestStatus.CONFIRMED, 1).plus(RequestStatus.DECLINED, 1)
                            .plus(RequestStatus.CANCELLED, 2),
                    "mic-management", Counts.NONE.plus(RequestStatus.COMPLETED, 1))));

    @Test
    void countsWhatTheCapsCountAndWhatIsLeft() {
        assertThat(line("382060", "mic-informatization"))
                .isEqualTo(new Line("382060", "西条市", CapKind.PROGRAMME, "mic-informatization", "地域情報化アドバイザー制度",
                        2, 1, 0, 1, 3, 1));
        Line management = line("382060", "mic-management");
        assertThat(management.confirmed()).as("a completed visit was confirmed").isOne();
        assertThat(management.completed()).isOne();
        assertThat(management.remaining()).isEqualTo(4);
    }

    @Test
    void addsTheProgrammesOfACombinedCap() {
        Line combined = line("382060", "national-advisors");

        assertThat(combined.kind()).isEqualTo(CapKind.COMBINED);
        assertThat(combined.requested()).isEqualTo(3);
        assertThat(combined.limit()).isEqualTo(8);
        assertThat(combined.remaining()).isEqualTo(5);
        assertThat(combined.nameJa()).contains("地域情報化アドバイザー制度").endsWith("（合算）");
    }

    @Test
    void listsTownsThatAskedForNothingAndLeavesUncappedProgrammesWithoutALimit() {
        assertThat(summary.lines()).filteredOn(l -> l.municipalityCode().equals("384020"))
                .hasSize(CATALOGUE.programmes().size() + CATALOGUE.combinedCaps().size())
                .allSatisfy(l -> assertThat(l.requested()).isZero());
        Line teamEhime = line("384020", "team-ehime");
        assertThat(teamEhime.limit()).isNull();
        assertThat(teamEhime.remaining()).isNull();
    }

    @Test
    void neverReportsANegativeRemainder() {
        DispatchSummary over = DispatchSummary.of(FiscalYear.of(2026), TOWNS, CATALOGUE, Map.of("382060",
                Map.of("mic-informatization", Counts.NONE.plus(RequestStatus.TRIAGED, 4))));

        assertThat(over.lines()).filteredOn(l -> l.code().equals("mic-informatization")
                && l.municipalityCode().equals("382060")).singleElement()
                .satisfies(l -> assertThat(l.remaining()).isZero());
    }

    @Test
    void writesCsvThatExcelOpensWithJapaneseIntact() {
        String csv = DispatchSummaryCsv.write(summary);

        assertThat(csv).startsWith("\uFEFF年度,団体コード,団体名,区分,制度コード,制度名,依頼数,確定,完了,辞退,上限,残り\n");
        assertThat(csv).contains("令和8年度,382060,西条市,制度,mic-informatization,地域情報化アドバイザー制度,2,1,0,1,3,1\n");
        assertThat(csv).contains("令和8年度,384020,砥部町,制度,team-ehime,");
        assertThat(csv.lines().filter(l -> l.contains(",384020,") && l.contains(",team-ehime,")).findFirst().orElseThrow())
                .as("no cap: blank, not zero").endsWith(",0,0,0,0,,");
        assertThat(DispatchSummaryCsv.fileName(summary)).isEqualTo("expert-dispatch-summary-2026.csv");
    }

    private Line line(String town, String code) {
        return summary.lines().stream().filter(l -> l.municipalityCode().equals(town) && l.code().equals(code))
                .findFirst().orElseThrow();
    }
}
