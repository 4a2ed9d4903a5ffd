package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CodeResult;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Operators enter lockers into the fleet through the Core's operator area; retailers see only what they may use, and
 * a retailer taken off a locker still hands out the parcels it left there.
 */
@OnEveryDatabase
class FleetIT {

    private static final String LOCKERS = Demo.APP + "/core/api/operator/lockers/";
    private static final String PARTNER = Demo.APP + "/core/api/partner/";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anOperatorEntersALockerThatOnlyItsRetailersSee() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.Reply created = Http.putJson(LOCKERS + "L-0900", operator, locker("shepherd-1", "shepherd-2", "acme"));
        assertEquals(201, created.status(), created.body());
        assertEquals("shepherd-2", created.json().getString("fallback"));
        try {
            assertTrue(lockerIds("partner-acme").contains("L-0900"));
            assertTrue(!lockerIds("partner-bravo").contains("L-0900"), "bravo may not use it");

            Http.Reply changed = Http.putJson(LOCKERS + "L-0900", operator,
                    locker("shepherd-2", "shepherd-1", "bravo"));
            assertEquals(200, changed.status(), changed.body());
            assertEquals("shepherd-2", changed.json().getString("shepherd"));
            assertTrue(lockerIds("partner-bravo").contains("L-0900"));
            assertTrue(!lockerIds("partner-acme").contains("L-0900"), "acme no longer may use it");
        } finally {
            Http.putJson(LOCKERS + "L-0900", operator, locker("shepherd-1", "shepherd-2"));
        }
    }

    @Test
    void aLockerEntryWithUnknownPartsIsRefusedAndChangesNothing() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.Reply shepherd = Http.putJson(LOCKERS + "L-0901", operator, locker("shepherd-99", "shepherd-1", "acme"));
        assertEquals(400, shepherd.status(), shepherd.body());
        assertTrue(shepherd.contentType().startsWith("application/problem+json"), shepherd.contentType());
        assertTrue(shepherd.body().contains("shepherd-99"), shepherd.body());
        Http.Reply retailer = Http.putJson(LOCKERS + "L-0901", operator, locker("shepherd-1", "shepherd-2", "zeta"));
        assertEquals(400, retailer.status(), retailer.body());
        assertTrue(retailer.body().contains("zeta"), retailer.body());
        Http.Reply id = Http.putJson(LOCKERS + "L-09!01", operator, locker("shepherd-1", "shepherd-2", "acme"));
        assertEquals(400, id.status(), id.body());
        Http.Reply missing = Http.putJson(LOCKERS + "L-0901", operator,
                Json.createObjectBuilder().add("shepherd", "shepherd-1").build());
        assertEquals(400, missing.status(), missing.body());
        assertEquals(404, Http.get(LOCKERS + "L-0901/assignment", operator).status(), "nothing was half-written");

        Http.Reply partner = Http.putJson(LOCKERS + "L-0901", Http.clientToken("partner-acme"),
                locker("shepherd-1", "shepherd-2", "acme"));
        assertEquals(403, partner.status(), partner.body());
    }

    @Test
    void aRetailerTakenOffALockerStillHandsOutItsParcelsThereButPutsNothingNewIn() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        String acme = Http.clientToken("partner-acme");
        List<String> acmeLockers = lockerIds("partner-acme");
        assertTrue(acmeLockers.contains("L-0005"), "acme shares L-0005 with bravo: " + acmeLockers);
        try (SimulatedLocker locker = Demo.locker("L-0005", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            JsonObject reservation = Http.postJson(PARTNER + "reservations", acme, Json.createObjectBuilder()
                    .add("locker", "L-0005").add("size", "S").build()).json();
            String id = reservation.getString("id");
            assertEquals(201, Http.postJson(PARTNER + "impulses", acme, Json.createObjectBuilder().add("reservation", id)
                    .add("purpose", "DEPOSIT").add("requestedBy", "it-fleet").build()).status());
            awaitReservation(acme, id, "DEPOSITED");

            retailerLockers(operator, acmeLockers.stream().filter(l -> !l.equals("L-0005")).toList());
            try {
                Http.Reply newOpen = Http.postJson(PARTNER + "impulses", acme, Json.createObjectBuilder()
                        .add("locker", "L-0005").add("compartment", "B1").add("requestedBy", "it-fleet").build());
                assertEquals(403, newOpen.status(), "acme may no longer use L-0005: " + newOpen.body());
                Http.Reply newHold = Http.postJson(PARTNER + "reservations", acme, Json.createObjectBuilder()
                        .add("locker", "L-0005").add("size", "S").build());
                assertEquals(403, newHold.status(), newHold.body());

                // the customer whose parcel lies there still collects it with the code
                locker.enterCode(reservation.getString("pickupCode"));
                CodeResult pickup = locker.awaitCodeResult(WAIT)
                        .orElseThrow(() -> new AssertionError("no answer to the code"));
                assertTrue(pickup.accepted(), String.valueOf(pickup));
                awaitReservation(acme, id, "COLLECTED");
            } finally {
                retailerLockers(operator, acmeLockers);
            }
        }
    }

    private static void retailerLockers(String operator, List<String> lockers) {
        Http.Reply changed = Http.putJson(Demo.APP + "/core/api/operator/retailers/acme", operator,
                Json.createObjectBuilder().add("lockers", Json.createArrayBuilder(lockers)).build());
        assertEquals(200, changed.status(), changed.body());
    }

    private static void awaitReservation(String token, String id, String state) {
        Await.until("reservation " + id + " " + state, WAIT, () -> Optional.of(
                Http.get(PARTNER + "reservations/" + id, token).json()).filter(r -> state.equals(r.getString("state"))));
    }

    private static JsonObject locker(String shepherd, String fallback, String... retailers) {
        JsonArrayBuilder usable = Json.createArrayBuilder();
        List.of(retailers).forEach(usable::add);
        return Json.createObjectBuilder().add("name", "Fleet test locker").add("store", "it-store")
                .add("shepherd", shepherd).add("fallback", fallback).add("retailers", usable).build();
    }

    private static List<String> lockerIds(String partnerClient) {
        return Http.get(Demo.APP + "/core/api/partner/lockers", Http.clientToken(partnerClient)).structure()
                .asJsonArray().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}
