package io.lockernet.simulator.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** The Core's courier area ({@code /core/api/courier}, docs/integrator.md), as one of the carrier's couriers. */
final class CourierApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String courier;
    private final BearerCalls calls;

    CourierApi(HttpClient http, URI appBase, String courier, StaffToken token) {
        this.courier = courier;
        this.calls = new BearerCalls(http, URI.create(appBase.toString().replaceAll("/+$", "") + "/core/api/courier/"),
                token);
    }

    String courier() {
        return courier;
    }

    void startShift(double latitude, double longitude, String until, int capacity) {
        BearerCalls.expect(calls.call("PUT", "shift", Json.createObjectBuilder().add("latitude", latitude)
                .add("longitude", longitude).add("until", until).add("capacity", capacity).build(), TIMEOUT), 204);
    }

    /** Today's route: its stops in order, each with the locker's coordinates and its parcels. */
    JsonObject route() {
        return BearerCalls.object(BearerCalls.expect(calls.call("GET", "route", null, TIMEOUT), 200));
    }

    void position(double latitude, double longitude) {
        BearerCalls.expect(calls.call("PUT", "position", Json.createObjectBuilder().add("latitude", latitude)
                .add("longitude", longitude).build(), TIMEOUT), 202);
    }

    /** At a stop of the route (the ETAs of the stops ahead follow from there); a 404 when it is one no longer. */
    void arrived(String locker) {
        BearerCalls.expect(calls.call("POST", "lockers/" + BearerCalls.encode(locker) + "/arrived", null, TIMEOUT),
                204, 404);
    }

    /** Opens the compartment of the next parcel at the locker; false when there is none left (404). */
    boolean openNext(String locker) {
        return BearerCalls.expect(calls.call("POST", "lockers/" + BearerCalls.encode(locker) + "/open-next", null,
                TIMEOUT), 200, 404).status() == 200;
    }

    void failed(String consignment, String reason) {
        BearerCalls.expect(calls.call("POST", "consignments/" + BearerCalls.encode(consignment) + "/failed",
                Json.createObjectBuilder().add("reason", reason).build(), TIMEOUT), 200);
    }
}
