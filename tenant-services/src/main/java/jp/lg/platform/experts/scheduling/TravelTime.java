package jp.lg.platform.experts.scheduling;

/**
 * Travel estimate between offices: great-circle distance × {@code roadFactor} (roads are longer than
 * the crow flies) ÷ {@code speedKmh}. A pure function, safe to share between threads.
 */
public record TravelTime(double roadFactor, double speedKmh) {

    /** Defaults for Shikoku's mountain roads: 1.3 × the straight line at 40 km/h. */
    public static final TravelTime EHIME_DEFAULT = new TravelTime(1.3, 40);

    public TravelTime {
        if (roadFactor < 1 || speedKmh <= 0) {
            throw new IllegalArgumentException("road factor must be ≥ 1 and speed > 0, got " + roadFactor + ", " + speedKmh);
        }
    }

    /** Road distance in kilometres. */
    public double roadKm(Office from, Office to) {
        return from.distanceKm(to) * roadFactor;
    }

    /** Travel time in whole minutes, rounded up; 0 between the same office. */
    public int minutes(Office from, Office to) {
        return (int) Math.ceil(roadKm(from, to) / speedKmh * 60);
    }
}
