package jp.lg.platform.experts;

import java.util.UUID;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.ProblemException;

/** Parsing the ids in addresses and cursors; an id that is not a UUID names nothing, so it is a 404. */
final class Ids {

    static final UUID NONE = new UUID(0, 0);

    private Ids() {}

    static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " has the id '" + id + "'.");
        }
    }

    /** The UUID after which a page starts; {@link #NONE} for the first page, 400 for a cursor we did not issue. */
    static UUID after(String cursor) {
        String key = Page.decode(cursor);
        try {
            return key.isEmpty() ? NONE : UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
        }
    }
}
