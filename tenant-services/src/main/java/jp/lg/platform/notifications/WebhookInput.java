package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;

/** A webhook to register: where to post (http or https) and a note for the town's own records. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @Schema(description = "Absolute http(s) URL, at most 2,000 characters", example = "https://hooks.example.jp/lg/saijo",
                requiredMode = Schema.RequiredMode.REQUIRED) String url,
        @Schema(description = "At most 200 characters", example = "市公式サイトのお知らせ欄へ") String description) {}
