package jp.lg.platform.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many dead letters a replay re-published to their topic. */
@Schema(name = "ReplayResult")
public record ReplayResult(int replayed) {}
