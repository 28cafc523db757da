package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.support.PlatformStack;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final LgCode SAIJO = LgCode.parse("382060");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private final ReferenceData reference = ReferenceData.load(PlatformStack.sharedData());
    private final RequestRules rules = new RequestRules(DispatchCatalogue.load(Optional.of(PlatformStack.sharedData())));

    @Test
    void aGoodRequestOfAMemberTownPasses() throws IOException {
        assertThat(rules.check(input("informatization-visit.json"), collaboration("team-ehime"), SAIJO, NOW)).isEmpty();
    }

    @Test
    void namesEveryBadFieldAtOnce() throws IOException {
        List<FieldError> errors = rules.check(input("many-bad-fields.json"), collaboration("aizu"), SAIJO, NOW);

        assertThat(errors).extracting(FieldError::field).containsExactly("collaborationCode", "programme", "specialty",
                "preferredWindows[0]", "preferredWindows[1]", "preferredWindows[2]");
        assertThat(errors).extracting(FieldError::message).anySatisfy(m -> assertThat(m).contains("before it starts"))
                .anySatisfy(m -> assertThat(m).contains("in the past"))
                .anySatisfy(m -> assertThat(m).contains("shorter than the visit (120 minutes)"))
                .anySatisfy(m -> assertThat(m).contains("382060 is not a member of aizu"));
    }

    @Test
    void anUnknownCollaborationIsNamed() throws IOException {
        List<FieldError> errors = rules.check(input("informatization-visit.json"), Optional.empty(), SAIJO, NOW);

        assertThat(errors).extracting(FieldError::field).containsExactly("collaborationCode");
    }

    @Test
    void theLastMinuteOfMarchInTokyoBelongsToTheEndingFiscalYear() {
        assertThat(RequestRules.fiscalYearOf(List.of(window("2031-03-31T23:59:00+09:00")))).isEqualTo(FiscalYear.of(2030));
    }

    @Test
    void midnightOfTheFirstOfAprilInTokyoStartsTheNextFiscalYear() {
        assertThat(RequestRules.fiscalYearOf(List.of(window("2031-04-01T00:00:00+09:00")))).isEqualTo(FiscalYear.of(2031));
        assertThat(RequestRules.fiscalYearOf(List.of(window("2031-03-31T15:00:00Z")))).isEqualTo(FiscalYear.of(2031));
    }

    @Test
    void theEarliestWindowDecidesTheFiscalYear() {
        assertThat(RequestRules.fiscalYearOf(List.of(window("2031-04-02T10:00:00+09:00"),
                window("2031-03-30T10:00:00+09:00")))).isEqualTo(FiscalYear.of(2030));
    }

    private static PreferredWindow window(String start) {
        OffsetDateTime from = OffsetDateTime.parse(start);
        return new PreferredWindow(from, from.plusHours(3));
    }

    private Optional<Collaboration> collaboration(String code) {
        return reference.collaborations().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private static ExpertRequestInput input(String fixture) throws IOException {
        try (InputStream in = RequestRulesTest.class.getResourceAsStream("/experts/requests/" + fixture)) {
            return JSON.readValue(in, ExpertRequestInput.class);
        }
    }
}
