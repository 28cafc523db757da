package jp.lg.platform.surveys;

import java.time.Instant;
import java.util.UUID;

/**
 * A town's answers to a survey as stored: who sent them last ({@code submittedByName} is the
 * username), when first and last, how often ({@code revision}), and whether as a spreadsheet.
 */
record SurveyResponse(UUID surveyId, String town, Answers answers, boolean viaSpreadsheet, int revision,
        String submittedBy, String submittedByName, Instant submittedAt, Instant updatedAt) {}
