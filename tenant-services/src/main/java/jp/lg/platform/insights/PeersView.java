package jp.lg.platform.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A town and the municipalities most like it by population (nearest first by |ln population − ln
 * population of the town|), each with its values; peers the caller may not see by name are pseudonymised.
 */
@Schema(name = "MetricPeers")
record PeersView(String metric, String unit, String per, String from, String to, int suppressionThreshold,
        Peer municipality, List<Peer> peers) {

    /** One town with its values per period; {@code rank} 0 is the town itself, 1 its nearest peer. */
    @Schema(name = "MetricPeer")
    record Peer(int rank, @Schema(example = "382051") String group, @Schema(example = "新居浜市") String name,
            String nameEn, boolean named, Long population, List<MetricValuesView.Row> values) {}
}
