package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.web.Problem.FieldError;

/** The rules a message must meet before anything is written; each broken rule names its field. */
final class MessageRules {

    static final int MAX_TEXT = 10_000;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_FIELDS = 30;

    private MessageRules() {}

    static List<FieldError> check(MessageInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        checkText(input.text(), errors);
        MessageKind kind = input.kindOrText();
        if (kind.needsDeadline() && input.deadline() == null) {
            errors.add(new FieldError("deadline", "is required for " + kind));
        } else if (kind.needsDeadline() && !input.deadline().toInstant().isAfter(now)) {
            errors.add(new FieldError("deadline", "must be in the future"));
        } else if (!kind.needsDeadline() && input.deadline() != null) {
            errors.add(new FieldError("deadline", "must be absent for " + kind));
        }
        if (input.attachments().size() > MAX_ATTACHMENTS) {
            errors.add(new FieldError("attachmentIds", "must list at most " + MAX_ATTACHMENTS + " files"));
        }
        if (kind == MessageKind.INQUIRY) {
            checkFields(input.fields(), errors);
        } else if (input.fields() != null && !input.fields().isEmpty()) {
            errors.add(new FieldError("fields", "are only for INQUIRY messages"));
        }
        if (kind == MessageKind.EVENT) {
            checkSeminar(input.event(), input.deadline() == null ? null : input.deadline().toInstant(), errors);
        } else if (input.event() != null) {
            errors.add(new FieldError("event", "is only for EVENT messages"));
        }
        return errors;
    }

    /** 1 to 10,000 characters (code points, so a kanji or an emoji counts once), not only spaces. */
    static void checkText(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "must not be empty"));
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters (is "
                    + text.codePointCount(0, text.length()) + ")"));
        }
    }

    private static void checkFields(List<InquiryField> fields, List<FieldError> errors) {
        if (fields == null || fields.isEmpty() || fields.size() > MAX_FIELDS) {
            errors.add(new FieldError("fields", "must list 1 to " + MAX_FIELDS + " questions"));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            InquiryField f = fields.get(i);
            String at = "fields[" + i + "]";
            if (f == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (f.key() == null || !f.key().matches("[a-z0-9_-]{1,40}") || !keys.add(f.key())) {
                errors.add(new FieldError(at + ".key", "must be 1 to 40 of a-z, 0-9, _ and -, unique in the inquiry"));
            }
            if (f.label() == null || f.label().isBlank() || f.label().length() > 200) {
                errors.add(new FieldError(at + ".label", "must be 1 to 200 characters"));
            }
            if (!List.of("TEXT", "NUMBER", "CHOICE").contains(f.type())) {
                errors.add(new FieldError(at + ".type", "must be TEXT, NUMBER or CHOICE"));
            } else if (f.type().equals("CHOICE") && (f.options().isEmpty() || f.options().size() > 20
                    || f.options().stream().anyMatch(o -> o == null || o.isBlank())
                    || new HashSet<>(f.options()).size() != f.options().size())) {
                errors.add(new FieldError(at + ".options", "must list 1 to 20 distinct, non-blank options"));
            } else if (!f.type().equals("CHOICE") && !f.options().isEmpty()) {
                errors.add(new FieldError(at + ".options", "are only for CHOICE fields"));
            }
        }
    }

    private static void checkSeminar(Seminar s, Instant rsvpBy, List<FieldError> errors) {
        if (s == null) {
            errors.add(new FieldError("event", "is required for EVENT: startsAt, endsAt, location, capacity, seatsPerTown"));
            return;
        }
        if (s.startsAt() == null || s.endsAt() == null || !s.endsAt().isAfter(s.startsAt())) {
            errors.add(new FieldError("event.endsAt", "must be after event.startsAt (both required)"));
        } else if (rsvpBy != null && rsvpBy.isAfter(s.startsAt().toInstant())) {
            errors.add(new FieldError("deadline", "must not be after the seminar starts"));
        }
        if (s.location() == null || s.location().isBlank() || s.location().length() > 200) {
            errors.add(new FieldError("event.location", "must be 1 to 200 characters"));
        }
        if (s.capacity() < 1 || s.capacity() > 10_000) {
            errors.add(new FieldError("event.capacity", "must be 1 to 10000"));
        }
        if (s.seatsPerTown() < 1 || s.seatsPerTown() > Math.max(1, s.capacity())) {
            errors.add(new FieldError("event.seatsPerTown", "must be 1 to the capacity"));
        }
    }
}
