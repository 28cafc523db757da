package jp.lg.platform.procedures;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.jobs.PeriodicJob;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Jdbi;

/** Wires standard procedures: definitions and their versions, adoptions and drift, applications. */
public final class ProceduresModule {

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(ProcedureResource.class, AdoptionResource.class,
            DriftResource.class, ApplicationResource.class, PublicApplicationResource.class);

    /** Online applications per client address: this many in {@link #PUBLIC_PERIOD}. */
    static final int PUBLIC_REQUESTS = 30;
    static final Duration PUBLIC_PERIOD = Duration.ofMinutes(10);

    private ProceduresModule() {}

    public static void register(Environment env, Jdbi jdbi, DirectoryService directory, EventMetadataFactory events) {
        TenantTransactions transactions = new TenantTransactions(jdbi);
        ProcedureEvents procedureEvents = new ProcedureEvents(events);
        env.jersey().register(new ProcedureResource(new ProcedureService(transactions, directory, procedureEvents,
                Clock.systemUTC())));
        AdoptionService adoptions = new AdoptionService(transactions, directory, procedureEvents, Clock.systemUTC());
        env.jersey().register(new AdoptionResource(adoptions));
        env.jersey().register(new DriftResource(adoptions));
        registerApplications(env, jdbi, transactions, directory, new ApplicationEvents(events));
    }

    private static void registerApplications(Environment env, Jdbi jdbi, TenantTransactions transactions,
            DirectoryService directory, ApplicationEvents events) {
        ApplicationService applications = new ApplicationService(transactions,
                new BusinessCalendar(new JapaneseHolidays()), events, Clock.systemUTC());
        ApplicationFiles files = new ApplicationFiles(transactions, Clock.systemUTC());
        env.jersey().register(new ApplicationResource(applications, files));
        env.jersey().register(new PublicApplicationResource(applications, files, new PublicStatusLookup(jdbi, transactions),
                directory));
        env.jersey().register(new PublicRequestFilter(new PublicLimits(PUBLIC_REQUESTS, PUBLIC_PERIOD)));
        OverdueCheck overdue = new OverdueCheck(jdbi, events, Clock.systemUTC());
        env.lifecycle().manage(new PeriodicJob("procedures-overdue-check", Duration.ofMinutes(1), overdue::run,
                "{} application stages became overdue"));
    }
}
