package jp.lg.platform.core.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items and, when more follow, an opaque cursor to pass as
 * {@code ?cursor=} for the next page. Cursors encode the sort key of the last item.
 */
@Schema(name = "Page", description = "A page of items; follow nextCursor until it is absent")
public record Page<T>(List<T> items, @Schema(nullable = true) String nextCursor) {

    /**
     * Builds a page from up to {@code limit + 1} fetched rows: the extra row only tells whether
     * another page exists.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, String> sortKey, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(sortKey.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** The sort key a cursor stands for; "" for no cursor. A cursor we did not issue is a 400. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    /**
     * The sequence number a cursor stands for, for pages ordered by a number; {@code first} without a
     * cursor. A cursor we did not issue is a 400.
     */
    public static long decodeSeq(String cursor, long first) {
        String key = decode(cursor);
        try {
            return key.isEmpty() ? first : Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw notACursor();
        }
    }

    /** The 400 for a cursor we did not issue. */
    public static ProblemException notACursor() {
        return ProblemException.invalidField("cursor", "is not a cursor this API issued; "
                + "start again without it and follow nextCursor");
    }

    static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }
}
