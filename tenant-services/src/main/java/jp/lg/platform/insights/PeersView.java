package jp.lg.platform.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A town and the municipalities most like it by population (nearest first by |ln population − ln
 * population of the town|), each with its values; peers the caller may not see by name are pseudonymised,
 * without rank or population, and only with raw values.
 */
@Schema(name = "MetricPeers")
record PeersView(String metric, String unit, String per, String from, String to, int suppressionThreshold,
        Peer municipality, List<Peer> peers) {

    /**
     * One town with its values per period; {@code rank} 0 is the town itself, 1 its nearest peer. A pseudonymised
     * peer has no rank (its place by population would give its name away: populations are public) and comes after
     * the named ones in pseudonym order, with a population range shared with at least 3 of them.
     */
    @Schema(name = "MetricPeer")
    record Peer(Integer rank, @Schema(example = "382051") String group, @Schema(example = "新居浜市") String name,
            String nameEn, boolean named, Long population, @Schema(example = "100k-300k") String populationBand,
            List<MetricValuesView.Row> values) {}
}
