package jp.lg.platform.experts.scheduling;

/** A municipality (市町村) asking for visits: its LG code (全国地方公共団体コード), office and population. */
public record Town(String lgCode, String name, Office office, int population) {

    @Override
    public String toString() {
        return name;
    }
}
