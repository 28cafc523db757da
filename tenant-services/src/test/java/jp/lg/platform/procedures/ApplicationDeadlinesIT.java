package jp.lg.platform.procedures;

import static jp.lg.platform.procedures.ProcedureFixtures.BANDAI;
import static jp.lg.platform.procedures.ProcedureFixtures.RESIDENT_CERTIFICATE;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.fixtureText;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.procedures.ApplicationStageOverdue;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service levels on the real database: due days counted in business days across 年末年始 and a
 * public holiday (the service run at fixed clocks), and an overdue stage flagged in the API and
 * announced exactly once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApplicationDeadlinesIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String CODE = "deadline-certificate";
    private static final LgPrincipal BANDAI_STAFF = new LgPrincipal("bandai-staff-in-process", "bandai.staff",
            Optional.of(LgCode.parse(BANDAI)), Set.of(Role.STAFF));

    @BeforeAll
    static void bandaiAdoptsTheStandardAsItIs() {
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, CODE);
        created(call(APP, "/api/v1/procedures/" + CODE + "/adoptions", Tokens.forUser("bandai.staff"))
                .post(jsonFixture("procedures/adoptions/as-is.json")));
    }

    @Test
    void dueDaysSkipTheYearEndAndComingOfAgeDay() {
        StaffApplicationInput input = ProceduresJson.read(fixtureText("procedures/applications/counter-certificate.json")
                .replace("resident-certificate-copy", CODE), StaffApplicationInput.class);

        ApplicationView applied = at("2026-12-25T10:00").submitAtCounter(BANDAI_STAFF, input);
        new ApplicationFiles(new TenantTransactions(owner()), Clock.systemUTC()).uploadAtCounter(BANDAI_STAFF, applied.id(),
                "identity-document", "本人確認書類.pdf", ProcedureFixtures.bytes("procedures/files/identity-document.pdf"));
        ApplicationView received = at("2026-12-28T09:00").move(BANDAI_STAFF, applied.id(), to("RECEIVED"));
        ApplicationView review = at("2027-01-08T15:00").move(BANDAI_STAFF, applied.id(), to("REVIEW"));

        assertThat(applied.stageDueOn()).as("APPLIED, 1 business day from Fri 25 Dec").isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(received.stageDueOn()).as("RECEIVED, 1 business day: 29 Dec–3 Jan are closed")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(review.stageDueOn()).as("REVIEW, 2 business days from Fri 8 Jan: Mon 11 Jan is 成人の日")
                .isEqualTo(LocalDate.of(2027, 1, 13));
        JsonNode read = ok(call(APP, "/api/v1/applications/" + applied.id(), Tokens.forUser("bandai.staff")).get());
        assertThat(read.get("stageDueOn").asText()).isEqualTo("2027-01-13");
    }

    @Test
    void anOverdueStageIsFlaggedInTheApiAndAnnouncedExactlyOnce() {
        String staff = Tokens.forUser("bandai.staff");
        String id = created(call(APP, "/api/v1/applications", staff).post(Entity.json(
                fixtureText("procedures/applications/counter-certificate.json").replace("resident-certificate-copy", CODE))))
                .get("id").asText();
        assertThat(ok(call(APP, "/api/v1/applications/" + id, staff).get()).get("overdue").asBoolean()).isFalse();
        enteredLongAgo(UUID.fromString(id));

        assertThat(ok(call(APP, "/api/v1/applications/" + id, staff).get()).get("overdue").asBoolean()).isTrue();
        OverdueCheck check = new OverdueCheck(owner(), new ApplicationEvents(new EventMetadataFactory(Clock.systemUTC())),
                Clock.systemUTC());
        check.run();
        check.run();

        List<SpecificRecord> events = TopicRecords.valuesOf(ProcedureTopics.APPLICATIONS, id, 3, Duration.ofSeconds(10));
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(ApplicationStageOverdue.class, e -> {
            assertThat(e.getStage()).isEqualTo("APPLIED");
            assertThat(e.getDueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(e.getChannel()).isEqualTo("COUNTER");
            assertThat(e.getSlaBusinessDays()).isEqualTo(1);
        });
    }

    private static ApplicationService at(String tokyo) {
        Clock clock = Clock.fixed(ZonedDateTime.of(LocalDateTime.parse(tokyo), BusinessCalendar.TOKYO).toInstant(),
                BusinessCalendar.TOKYO);
        return new ApplicationService(new TenantTransactions(owner()), new BusinessCalendar(new JapaneseHolidays()),
                new ApplicationEvents(new EventMetadataFactory(clock)), clock);
    }

    private static TransitionInput to(String stage) {
        return new TransitionInput(stage, null, null, null);
    }

    private static void enteredLongAgo(UUID id) {
        owner().useTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(BANDAI));
            h.createUpdate("update applications set stage_entered_at = '2026-01-02T01:00:00Z', stage_due_on = '2026-01-05'"
                    + " where id = :id").bind("id", id).execute();
            h.createUpdate("update application_lookup set due_on = '2026-01-05' where application_id = :id")
                    .bind("id", id).execute();
        });
    }

    private static Jdbi owner() {
        return PlatformStack.get().ownerJdbi();
    }
}
