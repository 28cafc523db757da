package jp.lg.platform.experts.scheduling;

/** The expert who visited a town before: sending the same one again keeps the relationship. */
public record PreviousExpert(String lgCode, String expertId) {
}
