package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;

/**
 * A simulated courier of the demo carrier: starts the shift at the depot, then each turn asks the Core for the route
 * (which a re-plan may have changed), drives towards its first stop at a van's 30 km/h times the speed-up along the
 * straight line, and reports where it is; at the stop it opens the compartment of each of its parcels there (the
 * simulated locker's door closes on it), but reports a share of parcels as damaged instead, and drives on.
 */
final class Courier {

    private static final System.Logger LOG = System.getLogger(Courier.class.getName());
    private static final double METRES_PER_SECOND = 30_000.0 / 3600;
    /** Closer than this to a stop is there. */
    private static final double ARRIVED_METRES = 25;

    private final CourierApi api;
    private final double speedUp;
    private final double failures;
    private final Random random;
    private final double[] depot;
    private double[] at;
    private LocalDate shiftDay;
    private Instant last;

    Courier(CourierApi api, double[] depot, double speedUp, double failures, Random random) {
        this.api = api;
        this.depot = depot.clone();
        this.at = depot.clone();
        this.speedUp = speedUp;
        this.failures = failures;
        this.random = random;
    }

    String name() {
        return api.courier();
    }

    /** One turn at {@code now}: start the shift if not yet, drive, report, deliver at a stop reached. */
    void tick(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (!today.equals(shiftDay)) {
            // the Core's default delivery zone is UTC: a shift runs to its midnight, and the next day has a new one
            api.startShift(depot[0], depot[1], "24:00", 80);
            shiftDay = today;
            at = depot.clone();
            last = now;
            LOG.log(Level.INFO, "demo: courier {0} is on shift", name());
            return;
        }
        double metres = Duration.between(last, now).toMillis() / 1000.0 * METRES_PER_SECOND * speedUp;
        last = now;
        Optional<JsonObject> stop = api.route().getJsonArray("stops").stream().map(JsonValue::asJsonObject)
                .findFirst();
        double[] target = stop.map(s -> new double[] {s.getJsonNumber("latitude").doubleValue(),
                s.getJsonNumber("longitude").doubleValue()}).orElse(depot);
        at = towards(at, target, metres);
        api.position(at[0], at[1]);
        if (stop.isPresent() && metresBetween(at, target) < ARRIVED_METRES) {
            deliver(stop.get());
        }
    }

    private void deliver(JsonObject stop) {
        String locker = stop.getString("locker");
        api.arrived(locker);
        for (JsonObject parcel : stop.getJsonArray("parcels").getValuesAs(JsonObject.class)) {
            if (random.nextDouble() < failures) {
                api.failed(parcel.getString("consignment"), "parcel damaged (simulated)");
                LOG.log(Level.INFO, "demo: courier {0} could not deliver {1} at {2}", name(),
                        parcel.getString("parcelRef"), locker);
            } else if (api.openNext(locker)) {
                LOG.log(Level.INFO, "demo: courier {0} " + ("COLLECTION".equals(parcel.getString("kind", ""))
                        ? "takes {1} out of {2}" : "puts {1} into {2}"), name(), parcel.getString("parcelRef"), locker);
            }
        }
    }

    /** The point {@code metres} from {@code from} on the straight line to {@code to}, or {@code to} if nearer. */
    static double[] towards(double[] from, double[] to, double metres) {
        double distance = metresBetween(from, to);
        if (distance <= metres || distance == 0) {
            return to.clone();
        }
        double share = metres / distance;
        return new double[] {from[0] + (to[0] - from[0]) * share, from[1] + (to[1] - from[1]) * share};
    }

    /** Great-circle distance in metres (haversine). */
    static double metresBetween(double[] a, double[] b) {
        double lat1 = Math.toRadians(a[0]);
        double lat2 = Math.toRadians(b[0]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
