package jp.lg.platform.insights;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stable pseudonyms of municipalities ({@code 匿名-7F3A2C01}): drawn at random the first time a town is
 * shown without its name and kept in {@code metric_pseudonyms}, so they stay the same across queries and
 * cannot be derived from the LG code.
 */
final class Pseudonyms {

    private final Jdbi jdbi;

    Pseudonyms(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The pseudonym of each of {@code towns}, creating those that are missing. */
    Map<String, String> of(Collection<String> towns) {
        if (towns.isEmpty()) {
            return Map.of();
        }
        String[] codes = towns.toArray(String[]::new);
        Map<String, String> names = jdbi.withHandle(h -> read(h, codes));
        for (int attempt = 0; attempt < 3 && names.size() < codes.length; attempt++) {
            names = draw(codes);
        }
        return names;
    }

    /** A drawn pseudonym that collides with another town's is dropped by the unique index; the next draw retries it. */
    private Map<String, String> draw(String[] codes) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("insert into metric_pseudonyms (municipality_code, pseudonym)"
                            + " select code, '匿名-' || upper(substr(md5(gen_random_uuid()::text), 1, 8))"
                            + " from unnest(:codes) as code on conflict do nothing")
                    .bind("codes", codes).execute();
            return read(h, codes);
        });
    }

    private static Map<String, String> read(Handle h, String[] codes) {
        Map<String, String> names = new HashMap<>();
        h.createQuery("select municipality_code, pseudonym from metric_pseudonyms where municipality_code = any(:codes)")
                .bind("codes", codes)
                .map((rs, ctx) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }
}
