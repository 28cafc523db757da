package jp.lg.platform;

import java.util.List;
import java.util.stream.Stream;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.directory.DirectoryTopics;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.insights.InsightsTopics;
import jp.lg.platform.messaging.MessagingTopics;
import jp.lg.platform.notifications.NotificationTopics;
import jp.lg.platform.procedures.ProcedureTopics;
import jp.lg.platform.surveys.SurveyTopics;

/** Every topic of the platform, created or checked at start. Features add theirs here. */
public final class PlatformTopics {

    public static final List<Topic<?, ?>> ALL = Stream.of(DirectoryTopics.ALL, ExpertTopics.ALL,
            InsightsTopics.ALL, MessagingTopics.ALL, NotificationTopics.ALL, ProcedureTopics.ALL, SurveyTopics.ALL)
            .flatMap(List::stream).toList();

    private PlatformTopics() {}
}
