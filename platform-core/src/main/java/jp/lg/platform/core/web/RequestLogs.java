package jp.lg.platform.core.web;

import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;

/**
 * Keeps secrets out of the request log: some URLs carry one in their query string (an expert's
 * calendar feed is read by calendar apps that can send nothing else), so every request log line
 * shows the path without the query. A deployment that sets its own {@code logFormat} keeps it.
 */
public final class RequestLogs {

    /** Dropwizard's default format with the request line {@code %r} replaced by method, path and protocol. */
    public static final String FORMAT_WITHOUT_QUERY =
            "%h %l %u [%t{dd/MMM/yyyy:HH:mm:ss Z,UTC}] \"%m %U %H\" %s %b \"%i{Referer}\" \"%i{User-Agent}\" %D";

    private RequestLogs() {}

    public static void withoutQueryStrings(ServerFactory serverFactory) {
        if (serverFactory instanceof AbstractServerFactory server
                && server.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requestLog) {
            requestLog.getAppenders().forEach(appender -> {
                if (appender instanceof AbstractAppenderFactory<?> factory && factory.getLogFormat() == null) {
                    factory.setLogFormat(FORMAT_WITHOUT_QUERY);
                }
            });
        }
    }
}
