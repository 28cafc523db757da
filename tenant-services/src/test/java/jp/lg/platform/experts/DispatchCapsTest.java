package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.support.PlatformStack;
import org.junit.jupiter.api.Test;

class DispatchCapsTest {

    private static final FiscalYear FY2027 = FiscalYear.of(2027);

    private final DispatchCatalogue catalogue = DispatchCatalogue.load(Optional.of(PlatformStack.sharedData()));
    private final DispatchCaps caps = new DispatchCaps(catalogue);

    @Test
    void readsCapsFromTheReferenceData() {
        assertThat(catalogue.programme("mic-informatization").orElseThrow().capPerFiscalYear()).hasValue(3);
        assertThat(catalogue.programme("mic-management").orElseThrow().capPerFiscalYear()).hasValue(5);
        assertThat(catalogue.programme("team-ehime").orElseThrow().capPerFiscalYear()).isEmpty();
        assertThat(catalogue.combinedCaps()).containsEntry("national-advisors", 8);
        assertThat(catalogue.programmesIn("national-advisors")).containsExactly("mic-informatization", "mic-management");
    }

    @Test
    void theThirdInformatizationRequestFitsAndTheFourthDoesNot() {
        assertThat(breach("mic-informatization", Map.of("mic-informatization", 2))).isEmpty();

        CapBreach fourth = breach("mic-informatization", Map.of("mic-informatization", 3)).orElseThrow();
        assertThat(fourth.cap()).isEqualTo("mic-informatization");
        assertThat(fourth.limit()).isEqualTo(3);
        assertThat(fourth.used()).isEqualTo(3);
    }

    @Test
    void theEighthNationalAdvisorRequestFitsWhenEachProgrammeHasRoom() {
        assertThat(breach("mic-management", Map.of("mic-informatization", 3, "mic-management", 4))).isEmpty();
        assertThat(breach("mic-management", Map.of("mic-informatization", 3, "mic-management", 5)).orElseThrow().cap())
                .isEqualTo("mic-management");
    }

    @Test
    void aRequestWithinItsProgrammeCapIsRefusedByTheCombinedCap() throws Exception {
        DispatchCatalogue tight = DispatchCatalogue.load(Optional.of(
                Path.of(getClass().getResource("/experts/tight-caps").toURI())));

        CapBreach breach = new DispatchCaps(tight).breachOfOneMore(tight.programme("mic-informatization").orElseThrow(),
                Map.of("mic-informatization", 4, "mic-management", 4), FY2027).orElseThrow();

        assertThat(breach.cap()).isEqualTo("national-advisors");
        assertThat(breach.limit()).isEqualTo(8);
        assertThat(breach.used()).isEqualTo(8);
    }

    @Test
    void aProgrammeWithoutCapIsNeverRefused() {
        assertThat(breach("team-ehime", Map.of("team-ehime", 500, "mic-informatization", 3, "mic-management", 5))).isEmpty();
    }

    @Test
    void theProblemSaysWhichCapTheCountAndWhenItResetsInEnglishAndJapanese() {
        ProblemException problem = breach("mic-informatization", Map.of("mic-informatization", 3)).orElseThrow().toProblem();

        assertThat(problem.type()).isEqualTo(ProblemType.QUOTA_EXCEEDED);
        assertThat(problem.getMessage())
                .contains("mic-informatization", "allows 3", "already has 3", "FY2027", "resets on 2028-04-01")
                .contains("地域情報化アドバイザー制度", "令和9年度", "令和10年4月1日");
    }

    @Test
    void capsResetOnTheFirstOfAprilInTokyo() {
        CapBreach breach = breach("mic-informatization", Map.of("mic-informatization", 3)).orElseThrow();

        assertThat(breach.resetsOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    }

    private Optional<CapBreach> breach(String programme, Map<String, Integer> used) {
        return caps.breachOfOneMore(catalogue.programme(programme).orElseThrow(), used, FY2027);
    }
}
