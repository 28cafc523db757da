package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import jp.lg.platform.core.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

    private static final Instant NOW = Instant.parse("2030-06-01T00:00:00Z");
    private static final OffsetDateTime LATER = OffsetDateTime.parse("2030-06-20T17:00:00+09:00");

    @Test
    void textIsOneToTenThousandCharactersCountingEmojiOnce() {
        assertThat(fields(text("😀".repeat(10_000)))).isEmpty();
        assertThat(fields(text("a".repeat(10_001)))).containsExactly("text");
        assertThat(fields(text(" \n "))).containsExactly("text");
        assertThat(fields(text(null))).containsExactly("text");
    }

    @Test
    void kindsWithResponsesNeedAFutureDeadlineAndOthersNone() {
        assertThat(fields(new MessageInput("x", MessageKind.ANNOUNCEMENT, null, null, null, null, null)))
                .containsExactly("deadline");
        assertThat(fields(new MessageInput("x", MessageKind.ANNOUNCEMENT, null,
                OffsetDateTime.parse("2030-05-31T09:00:00+09:00"), null, null, null))).containsExactly("deadline");
        assertThat(fields(new MessageInput("x", MessageKind.TEXT, null, LATER, null, null, null))).containsExactly("deadline");
        assertThat(fields(new MessageInput("x", MessageKind.ANNOUNCEMENT, null, LATER, null, null, null))).isEmpty();
    }

    @Test
    void anInquiryNamesEachBadQuestion() {
        List<InquiryField> fields = List.of(
                new InquiryField("insured", "加入していますか", "CHOICE", List.of("はい", "いいえ"), true),
                new InquiryField("insured", "重複", "TEXT", null, false),
                new InquiryField("Bad Key", "", "DATE", null, false),
                new InquiryField("plan", "プラン", "CHOICE", List.of(), false));

        assertThat(fields(new MessageInput("x", MessageKind.INQUIRY, null, LATER, null, fields, null)))
                .containsExactly("fields[1].key", "fields[2].key", "fields[2].label", "fields[2].type", "fields[3].options");
    }

    @Test
    void aSeminarNeedsItsTimesPlaceAndSeatsAndRsvpsCloseBeforeItStarts() {
        Seminar seminar = new Seminar(OffsetDateTime.parse("2030-06-10T13:30:00+09:00"),
                OffsetDateTime.parse("2030-06-10T16:00:00+09:00"), "県庁", 30, 2);
        Seminar bad = new Seminar(OffsetDateTime.parse("2030-06-10T13:30:00+09:00"),
                OffsetDateTime.parse("2030-06-10T12:00:00+09:00"), " ", 0, 3);

        assertThat(fields(new MessageInput("x", MessageKind.EVENT, null, OffsetDateTime.parse("2030-06-09T17:00:00+09:00"),
                null, null, seminar))).isEmpty();
        assertThat(fields(new MessageInput("x", MessageKind.EVENT, null, LATER, null, null, seminar)))
                .containsExactly("deadline");
        assertThat(fields(new MessageInput("x", MessageKind.EVENT, null, LATER, null, null, bad)))
                .containsExactly("event.endsAt", "event.location", "event.capacity", "event.seatsPerTown");
        assertThat(fields(new MessageInput("x", MessageKind.TEXT, null, null, null, null, seminar))).containsExactly("event");
    }

    private static MessageInput text(String text) {
        return new MessageInput(text, null, null, null, null, null, null);
    }

    private static List<String> fields(MessageInput input) {
        return MessageRules.check(input, NOW).stream().map(FieldError::field).toList();
    }
}
