package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.demo.Catalogue.Product;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The orders the demo enters: what POST /orders accepts (strictly: no unknown properties), and their references. */
class DemoOrdersTest {

    /** As OrdersResource checks a reference. */
    private static final String REFERENCE = "[A-Za-z0-9._-]{1,60}";
    private static final Set<String> SKUS = Catalogue.DIY.stream().map(Product::sku).collect(Collectors.toSet());

    private final DemoOrders orders = new DemoOrders(Catalogue.DIY, new SplittableRandom(7));

    @Test
    void aSeedOrderIsTheSameDocumentOnEveryRunSoThatSeedingAgainMeetsAConflict() {
        JsonObject first = orders.seed("acme-springfield", 1);
        JsonObject again = new DemoOrders(Catalogue.DIY, new Random()).seed("acme-springfield", 1);

        assertEquals(first, again);
        assertEquals("DEMO-acme-springfield-001", first.getString("reference"));
        assertEquals("acme-springfield", first.getString("store"));
    }

    @Test
    void anOrderHoldsOnlyWhatTheStaffApiKnows() {
        for (int n = 1; n <= 50; n++) {
            JsonObject order = n % 2 == 0 ? orders.seed("station-hall", n) : orders.next("station-hall",
                    Instant.parse("2026-12-03T12:00:00Z").plusSeconds(n));
            assertEquals(Set.of("reference", "store", "customer", "lines"), order.keySet());
            JsonObject customer = order.getJsonObject("customer");
            assertEquals(Set.of("name", "email", "lowCompartment"), customer.keySet());
            assertTrue(customer.getString("email").matches("[a-z.]+@example\\.com"), customer.toString());
            int lines = order.getJsonArray("lines").size();
            assertTrue(lines >= 1 && lines <= 3, order.toString());
            for (JsonValue line : order.getJsonArray("lines")) {
                assertEquals(Set.of("sku", "quantity"), line.asJsonObject().keySet());
                assertTrue(SKUS.contains(line.asJsonObject().getString("sku")), line.toString());
                int quantity = line.asJsonObject().getInt("quantity");
                assertTrue(quantity == 1 || quantity == 2, line.toString());
            }
        }
    }

    @Test
    void aStreamOrderIsNamedForItsSecond() {
        JsonObject order = orders.next("bravo-capital", Instant.parse("2026-12-03T12:37:05Z"));

        assertEquals("DEMO-bravo-capital-261203-123705", order.getString("reference"));
    }

    @Test
    void referencesStayWithinWhatTheApiAcceptsForAnyStoreName() {
        String store = "a store with a very long name, spaces and commas, longer than forty characters";

        assertTrue(DemoOrders.seedReference(store, 5).matches(REFERENCE), DemoOrders.seedReference(store, 5));
        String stream = DemoOrders.streamReference(store, Instant.parse("2026-12-31T23:59:59Z"));
        assertTrue(stream.matches(REFERENCE), stream);
        assertTrue(stream.endsWith("-261231-235959"), stream);
    }

    @Test
    void customersGetAddressesAtTheReservedDomain() {
        assertEquals("apu.nahasapeemapetilon@example.com", DemoOrders.email("Apu Nahasapeemapetilon"));
    }
}
