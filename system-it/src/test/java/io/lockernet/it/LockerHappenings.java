package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Things that happen at a locker, made to happen for tests that need one of each to act on (RoleMatrixIT). */
final class LockerHappenings {

    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private LockerHappenings() {
    }

    /**
     * At a connected simulated locker: an impulse (an open through the retailer's partner area), an alarm (a door
     * opened with no impulse: TAMPER), a review item (a compartment that senses a parcel the Core does not know
     * of, found by a reconciliation) and, last, an open service ticket (its link dropped three times: LINK_FLAPPING).
     * The locker is put back as it was, but for the ticket and its outages: the ticket stays open, which the
     * ticket.handle probe needs (acknowledging it, the first time or again, is allowed only while it is open; the
     * Core closes it by itself only once the locker is online again and stable).
     */
    static Map<String, String> at(SimulatedLocker locker, String partner, String operator) {
        String id = locker.lockerId();
        try (locker) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), id + " welcomed");
            String partnerToken = Http.clientToken(partner);
            String impulse = Await.until("an open of " + id + "/A1 taken", WAIT, () -> Optional.of(Http.postJson(
                    Demo.APP + "/core/api/partner/impulses", partnerToken, Json.createObjectBuilder().add("locker", id)
                            .add("compartment", "A1").add("requestedBy", "role-matrix").build()))
                    .filter(r -> r.status() == 201).map(r -> r.json().getString("id")));

            locker.openDoorWithoutImpulse("B2");
            String alarm = OperatorAlarms.awaitForLocker("TAMPER", id).getJsonNumber("id").toString();

            // a compartment the sensor then contradicts: an empty one that senses a parcel, or one the Core has full
            // (the demo keeps depositing) that senses nothing; either is an OCCUPANCY_MISMATCH
            JsonObject contradicted = Http.get(Demo.APP + "/core/api/partner/lockers", partnerToken).structure()
                    .asJsonArray().stream().map(JsonValue::asJsonObject).filter(l -> l.getString("id").equals(id))
                    .flatMap(l -> l.getJsonArray("compartments").stream().map(JsonValue::asJsonObject))
                    .filter(c -> !List.of("A1", "B2").contains(c.getString("name")))
                    .filter(c -> List.of("AVAILABLE", "OCCUPIED").contains(c.getString("state")))
                    .findFirst().orElseThrow(() -> new AssertionError(id + " has no empty or full compartment"));
            String sensed = contradicted.getString("name");
            boolean empty = contradicted.getString("state").equals("AVAILABLE");
            locker.sense(sensed, SensorEvent.Kind.OCCUPANCY, empty);
            Instant[] nextAsk = {Instant.MIN};
            String review = Await.until("a review item at " + id, WAIT, () -> {
                if (Instant.now().isAfter(nextAsk[0])) {
                    Http.post(AREA + "reconciliations", operator); // the reading arrives asynchronously
                    nextAsk[0] = Instant.now().plusSeconds(3);
                }
                return Http.get(AREA + "review-items?open=true&locker=" + id, operator).structure().asJsonArray()
                        .stream().map(JsonValue::asJsonObject).findFirst()
                        .map(item -> item.getJsonNumber("id").toString());
            });
            locker.sense(sensed, SensorEvent.Kind.OCCUPANCY, !empty);
            // the locker leaves as it came: A1's open ended, the forced B2 closed again
            Await.until("the open of " + id + "/A1 ended", WAIT, () -> Optional.of(Http.get(Demo.APP
                    + "/core/api/partner/impulses/" + impulse, partnerToken).json().getString("state"))
                    .filter(state -> List.of("DOOR_CLOSED", "FAILED", "EXPIRED", "REFUSED").contains(state)));
            Await.until("the Core saw " + id + "/B2 closed", WAIT, () -> Optional.of(Http.get(Demo.APP
                    + "/core/api/partner/lockers", partnerToken).structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(l -> l.getString("id").equals(id))
                    .flatMap(l -> l.getJsonArray("compartments").stream().map(JsonValue::asJsonObject))
                    .filter(c -> c.getString("name").equals("B2")).findFirst().orElseThrow().getString("state"))
                    .filter(state -> !state.equals("OPEN")));
            String ticket = FlappingTickets.flap(locker, operator).getJsonNumber("id").toString();
            return Map.of("impulse", impulse, "alarm", alarm, "review", review, "ticket", ticket);
        }
    }
}
