package jp.lg.platform.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Surveys, who has submitted and the towns' answers, read and written under the caller's tenant (RLS). */
final class SurveyStore {

    private static final String SURVEY = "id, collaboration_code, tenant_code, title_ja, title_en,"
            + " definition::text as definition, deadline, open_when_all_submitted, closed_at, published_by, published_at";
    private static final String RESPONSE = "survey_id, tenant_code, answers::text as answers, via_spreadsheet,"
            + " revision, submitted_by, submitted_by_name, submitted_at, updated_at";

    private final Handle h;

    SurveyStore(Handle h) {
        this.h = h;
    }

    void insert(Survey s) {
        h.createUpdate("insert into surveys (id, tenant_code, collaboration_code, title_ja, title_en, definition,"
                        + " deadline, open_when_all_submitted, published_by, published_at) values (:id, :lead,"
                        + " :collaboration, :titleJa, :titleEn, cast(:definition as jsonb), :deadline, :openEarly, :by, :at)")
                .bind("id", s.id()).bind("lead", s.leadCode()).bind("collaboration", s.collaborationCode())
                .bind("titleJa", s.titleJa()).bind("titleEn", s.titleEn())
                .bind("definition", SurveysJson.write(s.definition())).bind("deadline", s.deadline())
                .bind("openEarly", s.openWhenAllSubmitted()).bind("by", s.publishedBy()).bind("at", s.publishedAt())
                .execute();
    }

    Optional<Survey> find(UUID id) {
        return h.createQuery("select " + SURVEY + " from surveys where id = :id").bind("id", id)
                .map(SurveyStore::survey).findOne();
    }

    /** Locks the survey row for a change of its state (the lead's transaction only). */
    Optional<Survey> lock(UUID id) {
        return h.createQuery("select " + SURVEY + " from surveys where id = :id for update").bind("id", id)
                .map(SurveyStore::survey).findOne();
    }

    List<Survey> visible() {
        return h.createQuery("select " + SURVEY + " from surveys order by published_at desc, id")
                .map(SurveyStore::survey).list();
    }

    /** This tenant's surveys still open whose deadline is at or before {@code now}. */
    List<Survey> openPast(Instant now) {
        return h.createQuery("select " + SURVEY + " from surveys where closed_at is null and deadline <= :now"
                        + " order by deadline")
                .bind("now", now).map(SurveyStore::survey).list();
    }

    boolean close(UUID id, Instant at, String by) {
        return h.createUpdate("update surveys set closed_at = :at, closed_by = :by where id = :id and closed_at is null")
                .bind("id", id).bind("at", at).bind("by", by).execute() == 1;
    }

    /** The towns that have submitted and when they first did. */
    Map<String, Instant> submissions(UUID survey) {
        return h.createQuery("select tenant_code, submitted_at from survey_submissions where survey_id = :id")
                .bind("id", survey)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whether the current tenant may read every member's answers (see V12, lg_survey_results_open). */
    boolean resultsOpen(UUID survey) {
        return h.createQuery("select lg_survey_results_open(:id)").bind("id", survey).mapTo(Boolean.class).one();
    }

    Optional<SurveyResponse> response(UUID survey, String town) {
        return h.createQuery("select " + RESPONSE + " from survey_responses where survey_id = :id and tenant_code = :town")
                .bind("id", survey).bind("town", town).map(SurveyStore::responseRow).findOne();
    }

    /** Every response the current tenant may read. */
    List<SurveyResponse> responses(UUID survey) {
        return h.createQuery("select " + RESPONSE + " from survey_responses where survey_id = :id order by tenant_code")
                .bind("id", survey).map(SurveyStore::responseRow).list();
    }

    /** Stores the town's answers, replacing earlier ones; the response with its revision. */
    SurveyResponse save(Survey survey, String town, Answers answers, boolean viaSpreadsheet, String by, String byName,
            Instant at) {
        h.createUpdate("insert into survey_submissions (survey_id, tenant_code, submitted_at) values (:id, :town, :at)"
                        + " on conflict do nothing")
                .bind("id", survey.id()).bind("town", town).bind("at", at).execute();
        return h.createQuery("insert into survey_responses (survey_id, tenant_code, lead_code, answers, via_spreadsheet,"
                        + " revision, submitted_by, submitted_by_name, submitted_at, updated_at) values (:id, :town, :lead,"
                        + " cast(:answers as jsonb), :sheet, 1, :by, :byName, :at, :at) on conflict (survey_id, tenant_code)"
                        + " do update set answers = excluded.answers, via_spreadsheet = excluded.via_spreadsheet,"
                        + " revision = survey_responses.revision + 1, submitted_by = excluded.submitted_by,"
                        + " submitted_by_name = excluded.submitted_by_name, updated_at = excluded.updated_at"
                        + " returning " + RESPONSE)
                .bind("id", survey.id()).bind("town", town).bind("lead", survey.leadCode())
                .bind("answers", SurveysJson.write(answers.values())).bind("sheet", viaSpreadsheet).bind("by", by)
                .bind("byName", byName).bind("at", at).map(SurveyStore::responseRow).one();
    }

    private static Survey survey(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Survey(rs.getObject("id", UUID.class), rs.getString("collaboration_code"), rs.getString("tenant_code"),
                rs.getString("title_ja"), rs.getString("title_en"), SurveysJson.definition(rs.getString("definition")),
                rs.getTimestamp("deadline").toInstant(), rs.getBoolean("open_when_all_submitted"),
                Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant),
                rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
    }

    private static SurveyResponse responseRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SurveyResponse(rs.getObject("survey_id", UUID.class), rs.getString("tenant_code"),
                SurveysJson.answers(rs.getString("answers")), rs.getBoolean("via_spreadsheet"), rs.getInt("revision"),
                rs.getString("submitted_by"), rs.getString("submitted_by_name"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
