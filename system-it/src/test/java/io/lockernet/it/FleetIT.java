package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operators enter lockers into the fleet through the Core's operator area; retailers see only what they may use. */
@OnEveryDatabase
class FleetIT {

    private static final String LOCKERS = Demo.HTTP + "/core/api/operator/lockers/";

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

    private static JsonObject locker(String shepherd, String fallback, String... retailers) {
        JsonArrayBuilder usable = Json.createArrayBuilder();
        List.of(retailers).forEach(usable::add);
        return Json.createObjectBuilder().add("name", "Fleet test locker").add("store", "it-store")
                .add("shepherd", shepherd).add("fallback", fallback).add("retailers", usable).build();
    }

    private static List<String> lockerIds(String partnerClient) {
        return Http.get(Demo.HTTP + "/core/api/partner/lockers", Http.clientToken(partnerClient)).structure()
                .asJsonArray().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}
