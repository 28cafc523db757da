package jp.lg.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogsTest {

    @Test
    void theDefaultRequestLogShowsPathsWithoutQueryStrings() {
        DefaultServerFactory server = new DefaultServerFactory();

        RequestLogs.withoutQueryStrings(server);

        var appender = (ConsoleAppenderFactory<?>) ((LogbackAccessRequestLogFactory) server.getRequestLogFactory())
                .getAppenders().get(0);
        assertThat(appender.getLogFormat()).isEqualTo(RequestLogs.FORMAT_WITHOUT_QUERY).contains("%U").doesNotContain("%r");
    }

    @Test
    void aFormatTheDeploymentChoseIsKept() {
        DefaultServerFactory server = new DefaultServerFactory();
        ConsoleAppenderFactory<ch.qos.logback.access.common.spi.IAccessEvent> chosen = new ConsoleAppenderFactory<>();
        chosen.setLogFormat("%m %U");
        LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
        requestLog.setAppenders(List.of(chosen));
        server.setRequestLogFactory(requestLog);

        RequestLogs.withoutQueryStrings(server);

        assertThat(chosen.getLogFormat()).isEqualTo("%m %U");
    }
}
