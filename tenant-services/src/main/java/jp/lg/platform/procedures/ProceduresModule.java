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
    public static final List<Class<?>> RESOURCES = List.of(ProcedureResource.class);

    private ProceduresModule() {}

    public static void register(Environment env, Jdbi jdbi, DirectoryService directory, EventMetadataFactory events) {
        TenantTransactions transactions = new TenantTransactions(jdbi);
        env.jersey().register(new ProcedureResource(new ProcedureService(transactions, directory,
                new ProcedureEvents(events), Clock.systemUTC())));
    }
}
