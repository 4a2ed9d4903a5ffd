package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A retailer's stores read from its lockers, and its orders counted by store. */
class RetailerStoresTest {

    private static final List<JsonObject> ACME_LOCKERS = List.of(locker("L-0001", "acme-springfield", true),
            locker("L-0006", "acme-springfield", true), locker("L-0002", "acme-shelbyville", false),
            locker("L-0005", "station-hall", true));

    @Test
    void everyStoreWithALockerOfTheRetailerIsAStore() {
        assertEquals(Set.of("acme-springfield", "acme-shelbyville", "station-hall"),
                RetailerStores.of(ACME_LOCKERS).stores());
    }

    @Test
    void theEmployeeStandsAtAnOnlineLockerOfTheStoreEachNowAndThen() {
        RetailerStores stores = RetailerStores.of(ACME_LOCKERS);
        SplittableRandom random = new SplittableRandom(2);
        Set<String> stoodAt = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            stoodAt.add(stores.lockerToStandAt("acme-springfield", random).orElseThrow());
        }

        assertEquals(Set.of("L-0001", "L-0006"), stoodAt);
        assertEquals(Optional.empty(), stores.lockerToStandAt("acme-shelbyville", random), "its locker is offline");
        assertEquals(Optional.empty(), stores.lockerToStandAt("elsewhere", random));
    }

    @Test
    void aLockerWithoutAStoreIsLeftOut() {
        JsonObject nowhere = Json.createObjectBuilder().add("id", "L-0009").add("online", true).build();

        assertTrue(RetailerStores.of(List.of(nowhere)).stores().isEmpty());
    }

    @Test
    void ordersAreCountedByStoreAndTheDemoCountsOnlyItsOwnWhenAsked() {
        List<JsonObject> orders = List.of(order("DEMO-station-hall-001", "station-hall"),
                order("DEMO-station-hall-002", "station-hall"), order("A-1001", "station-hall"),
                order("DEMO-acme-springfield-001", "acme-springfield"));

        assertEquals(Map.of("station-hall", 3L, "acme-springfield", 1L), RetailerStores.countByStore(orders, false));
        assertEquals(Map.of("station-hall", 2L, "acme-springfield", 1L), RetailerStores.countByStore(orders, true));
    }

    private static JsonObject locker(String id, String store, boolean online) {
        return Json.createObjectBuilder().add("id", id).add("name", id).add("store", store).add("online", online)
                .add("compartments", Json.createArrayBuilder()).build();
    }

    private static JsonObject order(String reference, String store) {
        return Json.createObjectBuilder().add("reference", reference).add("store", store).add("state", "OPEN").build();
    }
}
