package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The retailer's products and orders live in its own Partner DB; the deposit proposal packs an order's items into
 * the smallest free compartment of the store that takes them (L-0001, acme-springfield: A1 XS 400x80x600 mm, A2/A3 S
 * 190 mm high, A4 M low, B1 M, B2/B3 L 410 mm high, B4 XL low).
 */
@OnEveryDatabase
class OrdersIT {

    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOrderIsProposedTheSmallestFreeCompartmentItsItemsFitInto() {
        String employee = Http.userToken("partner-acme", "acme-employee");
        product(employee, "DRILL-" + run, 350, 250, 110, 2_100, "BOX");
        product(employee, "PLANT-" + run, 200, 200, 350, 3_000, "UPRIGHT");
        product(employee, "SAND-" + run, 300, 200, 100, 25_000, "BAG");
        Http.Reply again = Http.putJson(ACME + "products/DRILL-" + run, employee, productBody(350, 250, 110, 2_000,
                "BOX"));
        assertEquals(200, again.status(), "a known product is described anew: " + again.body());
        assertEquals(2_000, Http.get(ACME + "products/DRILL-" + run, employee).json().getInt("weightGrams"));

        String drill = order(employee, "D-" + run, false, "DRILL-" + run, 1);
        String lowDrill = order(employee, "L-" + run, true, "DRILL-" + run, 1);
        String plant = order(employee, "P-" + run, false, "PLANT-" + run, 1);
        String sand = order(employee, "S-" + run, false, "SAND-" + run, 2);

        try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0001 welcomed");
            JsonObject proposal = Await.until("L-0001 online and a proposal for " + drill, WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + drill + "/proposal?locker=L-0001", employee))
                    .filter(r -> r.status() == 200).map(Http.Reply::json));
            assertEquals("L-0001", proposal.getString("locker"));
            assertEquals("S", proposal.getString("size"), "110 mm high does not fit the 80 mm XS, lying any way: "
                    + proposal);
            assertTrue(List.of("A2", "A3").contains(proposal.getString("compartment")), proposal.toString());
            assertEquals(false, proposal.getBoolean("otherLocker"));

            JsonObject low = Http.get(ACME + "orders/" + lowDrill + "/proposal?locker=L-0001", employee).json();
            assertTrue(List.of("A4", "B4").contains(low.getString("compartment")),
                    "a customer who needs a low compartment gets one: " + low);

            JsonObject upright = Http.get(ACME + "orders/" + plant + "/proposal?locker=L-0001", employee).json();
            assertEquals("L", upright.getString("size"), "a 350 mm plant stands up: " + upright);

            Http.Reply heavy = Http.get(ACME + "orders/" + sand + "/proposal?locker=L-0001", employee);
            assertEquals(409, heavy.status(), "50 kg fits no compartment: " + heavy.body());
            assertTrue(heavy.contentType().startsWith("application/problem+json"), heavy.contentType());

            Http.Reply elsewhere = Http.get(ACME + "orders/" + drill + "/proposal?locker=L-0002", employee);
            assertEquals(400, elsewhere.status(), "L-0002 stands at another store: " + elsewhere.body());
        }
    }

    @Test
    void badOrdersAreRefusedWithoutWritingAnything() {
        String employee = Http.userToken("partner-acme", "acme-employee");
        Http.Reply unknownSku = Http.postJson(ACME + "orders", employee, orderBody("U-" + run, false, "NOPE-" + run, 1));
        assertEquals(400, unknownSku.status(), unknownSku.body());
        assertTrue(unknownSku.body().contains("NOPE-" + run), unknownSku.body());
        assertEquals(404, Http.get(ACME + "orders/U-" + run, employee).status(), "nothing half-written");

        Http.Reply badPackaging = Http.putJson(ACME + "products/CRATE-" + run, employee, productBody(1, 1, 1, 1,
                "CRATE"));
        assertEquals(400, badPackaging.status(), badPackaging.body());
        assertTrue(badPackaging.contentType().startsWith("application/problem+json"), badPackaging.contentType());

        product(employee, "GLUE-" + run, 100, 50, 30, 200, "BOX");
        JsonObject badAddress = Json.createObjectBuilder(orderBody("B-" + run, false, "GLUE-" + run, 1))
                .add("customer", Json.createObjectBuilder().add("name", "Bart").add("email", "bart@example.invalid,x"))
                .build();
        Http.Reply unreachable = Http.postJson(ACME + "orders", employee, badAddress);
        assertEquals(400, unreachable.status(), "no mail could reach it: " + unreachable.body());
        assertTrue(unreachable.body().contains("e-mail"), unreachable.body());
        order(employee, "G-" + run, false, "GLUE-" + run, 1);
        Http.Reply duplicate = Http.postJson(ACME + "orders", employee, orderBody("G-" + run, false, "GLUE-" + run, 1));
        assertEquals(409, duplicate.status(), duplicate.body());
    }

    @Test
    void anotherRetailersOrdersAreNotThereAtAll() {
        String acme = Http.userToken("partner-acme", "acme-employee");
        product(acme, "SAW-" + run, 500, 100, 40, 900, "BOX");
        String reference = order(acme, "X-" + run, false, "SAW-" + run, 1);

        String bravo = Http.userToken("partner-bravo", "bravo-employee");
        assertEquals(404, Http.get(Demo.APP + "/partner-bravo/api/orders/" + reference, bravo).status(),
                "bravo's database has no such order");
        assertTrue(Http.get(Demo.APP + "/partner-bravo/api/orders", bravo).body().indexOf(reference) < 0);
        assertEquals(401, Http.get(ACME + "orders/" + reference, bravo).status(), "bravo's staff are not acme's");
        assertEquals(401, Http.get(Demo.APP + "/partner-bravo/api/orders/" + reference, acme).status());
    }

    private static void product(String token, String sku, int l, int w, int h, int grams, String packaging) {
        Http.Reply reply = Http.putJson(ACME + "products/" + sku, token, productBody(l, w, h, grams, packaging));
        assertEquals(201, reply.status(), reply.body());
    }

    private static JsonObject productBody(int l, int w, int h, int grams, String packaging) {
        return Json.createObjectBuilder().add("name", "test product").add("lengthMm", l).add("widthMm", w)
                .add("heightMm", h).add("weightGrams", grams).add("packaging", packaging).build();
    }

    private static String order(String token, String reference, boolean low, String sku, int quantity) {
        Http.Reply reply = Http.postJson(ACME + "orders", token, orderBody(reference, low, sku, quantity));
        assertEquals(201, reply.status(), reply.body());
        assertEquals("OPEN", reply.json().getString("state"));
        return reference;
    }

    private static JsonObject orderBody(String reference, boolean low, String sku, int quantity) {
        return Json.createObjectBuilder().add("reference", reference).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", "Marge Simpson")
                        .add("email", "marge@example.invalid").add("lowCompartment", low))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku)
                        .add("quantity", quantity)))
                .build();
    }
}
