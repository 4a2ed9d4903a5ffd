package io.lockernet.routing.entity;

/**
 * A point on the map in degrees (WGS 84).
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Place(double latitude, double longitude) {

    /** The mean Earth radius (IUGG); the error against the ellipsoid is under 0.5 %, well below a street's detour. */
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Place {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a place on Earth: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance (haversine): a courier drives further, which the speed per minute has to allow for. */
    public double metresTo(Place other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
