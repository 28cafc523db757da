package jp.lg.platform.insights;

/**
 * Where a figure is counted: demand (by the month the town wanted the visit) or visit (by the month of
 * the confirmed visit), for one municipality, period ({@link Periods}), programme and specialty; or a
 * town's responses to messages (by the month the message was posted), with the response kind
 * (ANSWERED, ACKNOWLEDGED) in place of the programme and {@code -} as specialty (response cells: hours to the
 * first response; asked cells: how many messages asked the town and how many it responded to); or applications to a
 * standard procedure (by the month they were submitted), with the procedure code as programme and the
 * channel (application cells) or the stage (stage cells) as specialty. Its
 * {@link #toString()} form {@code KIND|municipality|period|programme|specialty} is the Kafka key.
 */
record CellKey(Kind kind, String municipality, String period, String programme, String specialty) {

    enum Kind {
        DEMAND,
        VISIT,
        RESPONSE,
        APPLICATION,
        STAGE,
        ASKED
    }

    static CellKey parse(String text) {
        String[] parts = text.split("\\|", -1);
        return new CellKey(Kind.valueOf(parts[0]), parts[1], parts[2], parts[3], parts[4]);
    }

    @Override
    public String toString() {
        return kind + "|" + municipality + "|" + period + "|" + programme + "|" + specialty;
    }
}
