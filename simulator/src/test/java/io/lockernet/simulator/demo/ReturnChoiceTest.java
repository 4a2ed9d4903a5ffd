package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Which collected orders the demo's customers bring back, and which dropped-off returns its staff take out. */
class ReturnChoiceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(ReturnChoice.RETRIEVE_AFTER).minusSeconds(60);

    private final ReturnChoice choice = new ReturnChoice(new SplittableRandom(7));

    @Test
    void aboutOneCollectedOrderInFourComesBackAWhileAfterItsPickup() {
        int returned = 0;
        for (int i = 0; i < 400; i++) {
            Optional<Instant> due = choice.returnAfterPickup("DEMO-acme-springfield-" + i, NOW);
            if (due.isPresent()) {
                returned++;
                assertFalse(due.get().isBefore(NOW.plus(ReturnChoice.SOONEST)), due.get().toString());
                assertFalse(due.get().isAfter(NOW.plus(ReturnChoice.LATEST)), due.get().toString());
            }
        }

        assertTrue(returned > 400 / ReturnChoice.ONE_IN / 2 && returned < 400 * 2 / ReturnChoice.ONE_IN,
                returned + " of 400");
    }

    @Test
    void ordersStaffEnteredAreTheirsToReturn() {
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), choice.returnAfterPickup("A-" + i, NOW));
        }
    }

    @Test
    void aStoreWithReturnsEnoughUnderWayGetsNoMore() {
        assertTrue(ReturnChoice.roomForReturn(0));
        assertTrue(ReturnChoice.roomForReturn(ReturnChoice.MOST_UNDER_WAY - 1));
        assertFalse(ReturnChoice.roomForReturn(ReturnChoice.MOST_UNDER_WAY));
    }

    @Test
    void aStoreKeepsItsOneDroppedOffReturnForTheReturnsPage() {
        assertEquals(Optional.empty(), ReturnChoice.toRetrieve(
                List.of(dropped(1, "DEMO-a-001", "acme-springfield", LONG_AGO),
                        dropped(2, "DEMO-b-001", "acme-shelbyville", LONG_AGO)), NOW));
    }

    @Test
    void ofAStoreWithMoreThanOneWaitingTheFirstDroppedOffIsTakenOut() {
        List<JsonObject> dropped = List.of(dropped(1, "DEMO-a-001", "acme-springfield", LONG_AGO),
                dropped(2, "DEMO-a-002", "acme-springfield", LONG_AGO.minusSeconds(600)),
                dropped(3, "DEMO-a-003", "acme-springfield", LONG_AGO.plusSeconds(30)),
                dropped(4, "DEMO-b-001", "acme-shelbyville", LONG_AGO.minusSeconds(3600)));

        assertEquals(2, ReturnChoice.toRetrieve(dropped, NOW).orElseThrow().getInt("id"));
    }

    @Test
    void aReturnJustDroppedOffIsSeenWaitingBeforeItIsTakenOut() {
        Instant justNow = NOW.minusSeconds(10);

        assertEquals(Optional.empty(), ReturnChoice.toRetrieve(
                List.of(dropped(1, "DEMO-a-001", "station-hall", justNow),
                        dropped(2, "DEMO-a-002", "station-hall", justNow)), NOW));
        assertEquals(Optional.empty(), ReturnChoice.toRetrieve(
                List.of(dropped(1, "DEMO-a-001", "station-hall", null),
                        dropped(2, "DEMO-a-002", "station-hall", null)), NOW), "a drop-off time not known");
    }

    @Test
    void returnsOfStaffsOwnOrdersCountAsWaitingButAreLeftToStaff() {
        List<JsonObject> dropped = List.of(dropped(1, "A-1001", "station-hall", LONG_AGO.minusSeconds(600)),
                dropped(2, "DEMO-a-001", "station-hall", LONG_AGO));

        assertEquals(2, ReturnChoice.toRetrieve(dropped, NOW).orElseThrow().getInt("id"));
        assertEquals(Optional.empty(), ReturnChoice.toRetrieve(
                List.of(dropped(1, "A-1001", "station-hall", LONG_AGO), dropped(2, "A-1002", "station-hall", LONG_AGO)),
                NOW));
    }

    @Test
    void aReturnACarrierCollectsIsLeftToItsCourier() {
        JsonObject collected = Json.createObjectBuilder(dropped(1, "DEMO-a-001", "station-hall",
                LONG_AGO.minusSeconds(600))).add("collectingCarrier", "swift").build();
        List<JsonObject> dropped = List.of(collected, dropped(2, "DEMO-a-002", "station-hall", LONG_AGO));

        assertEquals(2, ReturnChoice.toRetrieve(dropped, NOW).orElseThrow().getInt("id"));
    }

    private static JsonObject dropped(long id, String reference, String store, Instant droppedOffAt) {
        JsonObjectBuilder dropped = Json.createObjectBuilder().add("id", id).add("reference", reference)
                .add("store", store).add("state", "DROPPED_OFF").add("locker", "L-0001").add("compartment", "B2");
        if (droppedOffAt != null) {
            dropped.add("droppedOffAt", droppedOffAt.toString());
        }
        return dropped.build();
    }
}
