package jp.lg.platform;

import java.util.List;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.directory.DirectoryTopics;

/** Every topic of the platform, created or checked at start. Features add theirs here. */
public final class PlatformTopics {

    public static final List<Topic<?, ?>> ALL = List.copyOf(DirectoryTopics.ALL);

    private PlatformTopics() {}
}
