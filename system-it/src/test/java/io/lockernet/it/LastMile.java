package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the last mile's tests do again and again through the Core's APIs: a locker of acme's at a test store with a
 * site, connected as a simulated locker; swift's couriers on shift; a parcel consigned to swift and followed until the
 * planner routes it.
 */
final class LastMile {

    static final String CORE = Demo.APP + "/core/api/";
    static final String COURIER_APP = "lockernet-courier-app";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private LastMile() {
    }

    static String courier(String user) {
        return Http.userToken(COURIER_APP, user);
    }

    /**
     * A locker of acme's at the store courier-test (no staff test hears it), open day and night at these coordinates,
     * on the Shepherd given, connected as a simulated locker, welcomed, and online in the Core's eyes.
     */
    static SimulatedLocker commissioned(String id, int shepherd, double latitude, double longitude) {
        return commissioned(id, "courier-test", shepherd, latitude, longitude);
    }

    /** The same, at a store of the test's own; again for a locker entered before, it connects with new credentials. */
    static SimulatedLocker commissioned(String id, String store, int shepherd, double latitude, double longitude) {
        SimulatedLocker locker = registered(id, store, shepherd, latitude, longitude);
        locker.connect().join();
        assertTrue(locker.awaitWelcome(WAIT), id + " welcomed");
        awaitOnlineInTheCore(id);
        return locker;
    }

    /**
     * Until the Core has it online with its compartments: the Shepherd welcomes a locker at once and tells the Core
     * through a queue, and a plan made before the Core heard of it would route its parcels elsewhere, rightly.
     */
    private static void awaitOnlineInTheCore(String id) {
        String acme = Http.clientToken("partner-acme");
        Await.until(id + " online in the Core with its compartments", WAIT, () -> Http.get(CORE + "partner/lockers",
                acme).structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("id").equals(id) && l.getBoolean("online")
                        && !l.getJsonArray("compartments").isEmpty())
                .findFirst());
    }

    /** A locker of acme's entered with its site and new credentials, as a simulated locker not yet connected. */
    static SimulatedLocker registered(String id, String store, int shepherd, double latitude, double longitude) {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.Reply entered = Http.putJson(CORE + "operator/lockers/" + id, operator, Json.createObjectBuilder()
                .add("name", "Courier test " + id).add("store", store).add("region", "north")
                .add("shepherd", "shepherd-" + shepherd).add("retailers", Json.createArrayBuilder().add("acme"))
                .add("site", Json.createObjectBuilder().add("latitude", latitude).add("longitude", longitude))
                .build());
        assertTrue(entered.status() == 201 || entered.status() == 200, entered.body());
        String secret = Http.post(CORE + "operator/lockers/" + id + "/credentials", operator).json()
                .getString("secret");
        return Demo.locker(id, shepherd, TokenSource.clientCredentials(Demo.REALM, "locker-" + id, secret));
    }

    /** Both of swift's couriers are on shift until midnight, from a depot nearby. */
    static void startShifts() {
        for (String user : new String[] {"swift-courier-1", "swift-courier-2"}) {
            Http.Reply started = Http.putJson(CORE + "courier/shift", courier(user), shift());
            assertEquals(204, started.status(), started.body());
        }
    }

    static JsonObject shift() {
        return Json.createObjectBuilder().add("latitude", 52.5170).add("longitude", 13.3889).add("until", "24:00")
                .add("capacity", 40).build();
    }

    /** A parcel of a new reference consigned to swift for these lockers: its consignment's id, WAITING. */
    static String consign(String acme, String size, String... lockers) {
        return consignAs(acme, "courier-it-" + UUID.randomUUID(), size, lockers);
    }

    static String consignAs(String acme, String parcelRef, String size, String... lockers) {
        Http.Reply consigned = Http.postJson(CORE + "partner/consignments", acme, consignRequest(parcelRef, size,
                lockers));
        assertEquals(201, consigned.status(), consigned.body());
        assertEquals("WAITING", consigned.json().getString("state"));
        return consigned.json().getString("id");
    }

    static JsonObject consignRequest(String parcelRef, String size, String... lockers) {
        return Json.createObjectBuilder().add("parcelRef", parcelRef).add("carrier", "swift").add("size", size)
                .add("lockers", Json.createArrayBuilder(List.of(lockers))).build();
    }

    /** The consignment once routed to the locker, with a compartment held for it. */
    static JsonObject awaitRouted(String acme, String id, String locker) {
        return Await.until("consignment " + id + " routed to " + locker, WAIT, () -> Optional.of(consignment(acme, id))
                .filter(c -> c.getString("state").equals("ROUTED") && locker.equals(c.getString("locker", null))
                        && c.containsKey("compartment") && !c.isNull("compartment")));
    }

    /** Its courier gives the routed parcel up ("test over"), so that nothing of the test is left on a route. */
    static void giveUp(String acme, String id, String courierAtRouting) {
        Await.until("the parcel given up by its courier", WAIT, () -> Optional.of(Http.postJson(CORE
                + "courier/consignments/" + id + "/failed", courier(consignment(acme, id).getString("courier",
                courierAtRouting)), Json.createObjectBuilder().add("reason", "test over").build()))
                .filter(reply -> reply.status() == 200));
    }

    static JsonObject consignment(String acme, String id) {
        Http.Reply reply = Http.get(CORE + "partner/consignments/" + id, acme);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
