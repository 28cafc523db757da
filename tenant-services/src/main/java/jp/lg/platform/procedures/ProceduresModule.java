package jp.lg.platform.procedures;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.List;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Jdbi;

/** Wires standard procedures: definitions and their versions, adoptions and drift, applications. */
public final class ProceduresModule {

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(ProcedureResource.class, AdoptionResource.class,
            DriftResource.class);

    private ProceduresModule() {}

    public static void register(Environment env, Jdbi jdbi, DirectoryService directory, EventMetadataFactory events) {
        TenantTransactions transactions = new TenantTransactions(jdbi);
        ProcedureEvents procedureEvents = new ProcedureEvents(events);
        env.jersey().register(new ProcedureResource(new ProcedureService(transactions, directory, procedureEvents,
                Clock.systemUTC())));
        AdoptionService adoptions = new AdoptionService(transactions, directory, procedureEvents, Clock.systemUTC());
        env.jersey().register(new AdoptionResource(adoptions));
        env.jersey().register(new DriftResource(adoptions));
    }
}
