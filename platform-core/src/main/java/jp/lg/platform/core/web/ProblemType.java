package jp.lg.platform.core.web;

import java.net.URI;

/**
 * The stable kinds of error the API returns as {@code application/problem+json} (RFC 9457).
 * The {@link #uri()} of a type never changes once published, so clients may switch on it;
 * titles are given in English and Japanese.
 */
public enum ProblemType {
    NOT_FOUND("not-found", 404, "Not found", "見つかりません"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed", "このメソッドは使えません"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable", "指定された形式では応答できません"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type", "この形式の本文は受け付けられません"),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request body", "リクエスト本文を読み取れません"),
    BAD_REQUEST("bad-request", 400, "Bad request", "リクエストが正しくありません"),
    VALIDATION_FAILED("validation-failed", 400, "Validation failed", "入力内容に誤りがあります"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large", "リクエスト本文が大きすぎます"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required", "認証が必要です"),
    FORBIDDEN("forbidden", 403, "Forbidden", "この操作の権限がありません"),
    ALREADY_EXISTS("already-exists", 409, "Already exists", "既に登録されています"),
    CONFLICT("conflict", 409, "Conflict", "現在の状態と競合しています"),
    INTERNAL_ERROR("internal-error", 500, "Internal error", "内部エラーが発生しました"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable", "一時的に利用できません"),
    QUOTA_EXCEEDED("quota-exceeded", 409, "Quota exceeded", "上限に達しています"),
    INVALID_TRANSITION("invalid-transition", 409, "Not allowed in the current state", "現在の状態ではこの操作はできません"),
    IDEMPOTENCY_KEY_IN_PROGRESS("idempotency-key-in-progress", 409, "A request with this key is in progress",
            "同じIdempotency-Keyのリクエストを処理中です"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key used for a different request",
            "このIdempotency-Keyは別のリクエストに使われています"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests", "リクエストが多すぎます");

    /** Every type URI starts with this; the rest is the type's slug. */
    public static final String URI_PREFIX = "urn:lg-platform:problem:";

    private final String slug;
    private final int status;
    private final String title;
    private final String titleJa;

    ProblemType(String slug, int status, String title, String titleJa) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.titleJa = titleJa;
    }

    public URI uri() {
        return URI.create(URI_PREFIX + slug);
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String titleJa() {
        return titleJa;
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST && type != VALIDATION_FAILED
                    && type != ALREADY_EXISTS) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
