package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Decommissioning through the operator API: refused while a parcel or a reservation holds a compartment (the answer
 * names it); then the locker's link is ended, its Keycloak client removed, and it leaves the fleet's and the
 * retailers' lists while its history stays. The locker page's data (link history, events, impulses) reads as the
 * role matrix allows.
 */
class DecommissioningIT {

    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LOCKER = "L-0975";

    @Test
    void aLockerInUseIsKeptAndAnEmptyOneLeavesTheFleetWithItsAccount() {
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        Http.Reply entered = Http.putJson(AREA + "lockers/" + LOCKER, operator, Json.createObjectBuilder()
                .add("name", "To be decommissioned").add("store", "bravo-capital").add("region", "south")
                .add("shepherd", "shepherd-1").add("retailers", Json.createArrayBuilder().add("bravo")).build());
        assertTrue(entered.status() == 201 || entered.status() == 200, entered.body());
        String secret = Http.post(AREA + "lockers/" + LOCKER + "/credentials", operator).json().getString("secret");
        try (SimulatedLocker locker = Demo.locker(LOCKER, 1, TokenSource.clientCredentials(Demo.REALM,
                "locker-" + LOCKER, secret))) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "welcomed");

            String bravo = Http.clientToken("partner-bravo");
            Http.Reply reserved = Http.postJson(Demo.APP + "/core/api/partner/reservations", bravo, Json
                    .createObjectBuilder().add("locker", LOCKER).add("size", "S").add("parcelRef", "decommission-it")
                    .build());
            assertEquals(201, reserved.status(), reserved.body());
            String compartment = reserved.json().getString("compartment");
            Http.Reply inUse = Http.delete(AREA + "lockers/" + LOCKER, operator);
            assertEquals(409, inUse.status(), inUse.body());
            assertTrue(inUse.body().contains(compartment + " (RESERVED)"), inUse.body());
            assertEquals(200, Http.get(AREA + "lockers/" + LOCKER, operator).status(), "kept");

            assertEquals(200, Http.delete(Demo.APP + "/core/api/partner/reservations/" + reserved.json()
                    .getString("id"), bravo).status());
            assertEquals(403, Http.delete(AREA + "lockers/" + LOCKER, Http.userToken("lockernet-admin-panel",
                    "installer-north")).status(), "not in the installer's region");
            assertEquals(403, Http.delete(AREA + "lockers/" + LOCKER, Http.userToken("lockernet-admin-panel",
                    "fleet-north")).status(), "fleet operators do not commission");

            Http.Reply gone = Http.delete(AREA + "lockers/" + LOCKER, operator);
            assertEquals(204, gone.status(), gone.body());
            CloseInfo closed = locker.awaitClosed(WAIT).orElseThrow(() -> new AssertionError("the link was not ended"));
            assertEquals(4404, closed.code(), closed.toString());
        }
        assertFalse(Http.get(AREA + "lockers", operator).body().contains("\"" + LOCKER + "\""), "not in the fleet");
        assertTrue(Http.get(AREA + "lockers?decommissioned=true", operator).body().contains("\"" + LOCKER + "\""));
        assertFalse(Http.get(Demo.APP + "/core/api/partner/lockers", Http.clientToken("partner-bravo")).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).anyMatch(l -> l.getString("id").equals(LOCKER)),
                "no retailer may use it");
        assertEquals(401, LockerTokens.status("locker-" + LOCKER, secret), "its Keycloak client is gone");
        assertEquals(404, Http.delete(AREA + "lockers/" + LOCKER, operator).status(), "once is enough");
    }

    @Test
    void theLockerPagesDataReadsAsTheRoleMatrixAllows() {
        String installer = Http.userToken("lockernet-admin-panel", "installer-north");
        String fleet = Http.userToken("lockernet-admin-panel", "fleet-north");
        Http.Reply history = Http.get(AREA + "lockers/L-0001/link-history?hours=6", installer);
        assertEquals(200, history.status(), history.body());
        assertEquals(6, history.json().getInt("hours"));
        assertTrue(history.json().containsKey("roundTrips") && history.json().containsKey("outages"));
        assertEquals(400, Http.get(AREA + "lockers/L-0001/link-history?hours=500", installer).status());
        assertEquals(400, Http.get(AREA + "lockers/L-0001/link-history?hours=x", installer).status());
        assertEquals(403, Http.get(AREA + "lockers/L-0003/link-history", installer).status(), "out of region");
        assertEquals(200, Http.get(AREA + "lockers/L-0001/events?limit=5", installer).status());
        assertEquals(403, Http.get(AREA + "lockers/L-0001/impulses", installer).status(), "installers see no impulses");
        assertEquals(200, Http.get(AREA + "lockers/L-0001/impulses?limit=5", fleet).status());
        assertEquals(400, Http.get(AREA + "lockers/L-0001/impulses?limit=0", fleet).status());
    }
}
