package jp.lg.platform.experts.scheduling;

/**
 * Where an office (庁舎) stands, in decimal degrees (WGS84). Approximate locations are enough: they
 * only feed travel estimates.
 */
public record Office(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle (haversine) distance in kilometres. */
    public double distanceKm(Office other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
