package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A store manager opens a compartment in an emergency, with a reason; employees cannot; every such open is recorded. */
class EmergencyOpenIT {

    private static final String LOCKERS = Demo.APP + "/partner-acme/api/lockers/";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void onlyAManagerWithAReasonOpensAndTheOpenIsRecorded() {
        String reason = "a child shut in B3, mother at the desk " + UUID.randomUUID();
        String employee = Http.userToken("partner-acme", "acme-employee");
        String manager = Http.userToken("partner-acme", "acme-manager");

        Http.Reply notManager = Http.postJson(LOCKERS + "L-0001/compartments/B3/emergency-open", employee,
                Json.createObjectBuilder().add("reason", reason).build());
        assertEquals(403, notManager.status(), notManager.body());
        assertTrue(notManager.contentType().startsWith("application/problem+json"), notManager.contentType());

        Http.Reply noReason = Http.postJson(LOCKERS + "L-0001/compartments/B3/emergency-open", manager,
                Json.createObjectBuilder().add("reason", "because").build());
        assertEquals(400, noReason.status(), noReason.body());

        try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0001 welcomed");
            Http.Reply opened = Await.until("the emergency open of L-0001 B3", WAIT, () -> Optional.of(
                    Http.postJson(LOCKERS + "L-0001/compartments/B3/emergency-open", manager,
                            Json.createObjectBuilder().add("reason", reason).build()))
                    .filter(r -> r.status() != 409 || !r.body().contains("offline")));
            assertEquals(200, opened.status(), opened.body());
            String impulse = opened.json().getString("id");

            JsonObject recorded = Await.until("the emergency open recorded with its outcome", WAIT, () ->
                    Http.get(LOCKERS + "emergency-opens", manager).structure().asJsonArray().stream()
                            .map(v -> v.asJsonObject()).filter(o -> impulse.equals(o.getString("impulse")))
                            .filter(o -> o.containsKey("outcome")).findFirst());
            assertEquals(reason, recorded.getString("reason"));
            assertEquals("acme-manager", recorded.getString("staff"));
            assertEquals("B3", recorded.getString("compartment"));
        }
        assertEquals(403, Http.get(LOCKERS + "emergency-opens", employee).status());
    }
}
