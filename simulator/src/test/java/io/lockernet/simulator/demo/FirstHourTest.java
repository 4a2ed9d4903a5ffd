package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which order a retailer's first hour returns at once, and whose customer it hurries to the locker. */
class FirstHourTest {

    @Test
    void theNewestCollectedDemoOrderIsReturnedAtOnce() {
        List<JsonObject> collected = List.of(order("DEMO-acme-springfield-001"), order("DEMO-acme-springfield-002"),
                order("A-1001"));

        assertEquals(Optional.of("DEMO-acme-springfield-002"), FirstHour.toReturn(collected, Set.of()));
    }

    @Test
    void aCollectedOrderWhoseReturnWasRefusedIsNotAskedAgain() {
        List<JsonObject> collected = List.of(order("DEMO-acme-springfield-001"), order("DEMO-acme-springfield-002"));

        assertEquals(Optional.of("DEMO-acme-springfield-001"),
                FirstHour.toReturn(collected, Set.of("DEMO-acme-springfield-002")));
        assertEquals(Optional.empty(), FirstHour.toReturn(collected,
                Set.of("DEMO-acme-springfield-001", "DEMO-acme-springfield-002")));
        assertEquals(Optional.empty(), FirstHour.toReturn(List.of(order("A-1001")), Set.of()), "staff's own");
    }

    @Test
    void withNothingCollectedTheCustomerOfTheOldestDemoParcelIsHurried() {
        List<JsonObject> deposited = List.of(order("A-1001"), order("DEMO-acme-shelbyville-001"),
                order("DEMO-acme-shelbyville-002"));

        assertEquals(Optional.of("DEMO-acme-shelbyville-001"), FirstHour.toHurry(deposited));
        assertEquals(Optional.empty(), FirstHour.toHurry(List.of(order("A-1001"))));
    }

    private static JsonObject order(String reference) {
        return Json.createObjectBuilder().add("reference", reference).add("store", "acme-springfield").build();
    }
}
