package jp.lg.platform.experts;

import io.dropwizard.core.setup.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.experts.scheduling.TravelTime;
import org.jdbi.v3.core.Jdbi;

/** Wires expert sharing: the catalogue of specialties and caps, the services and their resources. */
public final class ExpertsModule {

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(ExpertResource.class, ExpertRequestResource.class,
            DispatchSummaryResource.class, ScheduleResource.class);

    private ExpertsModule() {}

    /**
     * {@code referenceData} is where the CSV files are; without it the copies in the jar are used. {@code travel}
     * estimates drives between town offices for the scheduler.
     */
    public static void register(Environment env, Jdbi jdbi, DirectoryService directory, EventMetadataFactory events,
            Optional<Path> referenceData, TravelTime travel) {
        DispatchCatalogue catalogue = DispatchCatalogue.load(referenceData);
        TenantTransactions transactions = new TenantTransactions(jdbi);
        env.jersey().register(new ExpertResource(
                new ExpertService(transactions, directory, catalogue, new ExpertEvents(events)),
                new ExpertCalendars(jdbi, transactions, directory)));
        env.jersey().register(new ExpertRequestResource(new ExpertRequestService(transactions, directory, catalogue,
                new RequestEvents(events), Clock.systemUTC())));
        registerSchedules(env, transactions, directory, catalogue, new RequestEvents(events), travel);
        env.jersey().register(new DispatchSummaryResource(
                new DispatchSummaryService(transactions, directory, catalogue), Clock.systemUTC()));
    }

    private static void registerSchedules(Environment env, TenantTransactions transactions, DirectoryService directory,
            DispatchCatalogue catalogue, RequestEvents events, TravelTime travel) {
        ScheduleSolver solver = new ScheduleSolver();
        env.lifecycle().manage(solver);
        env.jersey().register(new ScheduleResource(
                new ScheduleService(transactions, directory, catalogue, solver, events, travel, Clock.systemUTC()),
                new ScheduleChanges(transactions, directory, catalogue, solver.proposal(), events, travel,
                        Clock.systemUTC()),
                Clock.systemUTC()));
    }
}
