package jp.lg.platform.surveys;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.jobs.PeriodicJob;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Jdbi;

/** Wires common-format surveys (業務量調査): definitions, the towns' answers (JSON or .xlsx) and the results. */
public final class SurveysModule {

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(SurveyResource.class, OneSurveyResource.class,
            SurveyResponseResource.class, SurveyResultsResource.class);

    private SurveysModule() {}

    public static void register(Environment env, Jdbi jdbi, DirectoryService directory, EventMetadataFactory events) {
        TenantTransactions transactions = new TenantTransactions(jdbi);
        SurveyEvents surveyEvents = new SurveyEvents(events);
        SurveyService surveys = new SurveyService(transactions, directory, surveyEvents, Clock.systemUTC());
        ResponseService responses = new ResponseService(transactions, directory, surveyEvents, Clock.systemUTC());
        env.jersey().register(new SurveyResource(surveys));
        env.jersey().register(new OneSurveyResource(surveys, responses));
        env.jersey().register(new SurveyResponseResource(responses));
        env.jersey().register(new SurveyResultsResource(new ResultsService(transactions, directory)));
        SurveyDeadlines deadlines = new SurveyDeadlines(transactions, new SurveyAccess(directory), surveyEvents,
                SurveyDeadlines.leadsOf(directory), Clock.systemUTC());
        env.lifecycle().manage(new PeriodicJob("survey-deadlines", Duration.ofSeconds(30), deadlines::run,
                "{} surveys reached their deadline and closed"));
    }
}
