package jp.lg.platform.messaging;

import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.ProblemException;

/** Cursors of messaging pages: the sequence number of the last item shown. */
final class Cursors {

    private Cursors() {}

    /** The sequence number a cursor stands for; {@code first} without one, 400 for a cursor we did not issue. */
    static long seq(String cursor, long first) {
        String key = Page.decode(cursor);
        try {
            return key.isEmpty() ? first : Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
        }
    }
}
