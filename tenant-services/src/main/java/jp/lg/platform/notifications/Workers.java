package jp.lg.platform.notifications;

import org.jdbi.v3.core.Handle;

/**
 * The delivery workers' view across tenants: in a transaction that enters it, the policy
 * {@code notifications_worker} of migration V8 shows the rows of every tenant. Only the
 * background jobs of this package (release, e-mail, webhooks, the catch-up of live streams woken
 * together) enter it, never a request.
 */
final class Workers {

    static final String SETTING = "lg.worker";

    private Workers() {}

    static void enter(Handle handle) {
        handle.createQuery("select set_config(:setting, 'notifications', true)").bind("setting", SETTING)
                .mapTo(String.class).one();
    }
}
