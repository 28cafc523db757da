package jp.lg.platform.experts;

/** How urgent a town says its request is (緊急度); the scheduler weighs unassigned requests by it. */
public enum Urgency {
    LOW(1),
    NORMAL(2),
    HIGH(3);

    private final int weight;

    Urgency(int weight) {
        this.weight = weight;
    }

    /** 1 (low) to 3 (high), as the scheduling model expects. */
    public int weight() {
        return weight;
    }
}
