package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An alarm to closure as a fleet operator handles it through the operator API: acknowledged, assigned, commented, the
 * locker isolated (its Keycloak client suspended, its link closed with 4403), resolved with a reason; every step in
 * the alarm's history with who and when, and in the operators' audit log. A new secret lifts the isolation.
 */
class AlarmHandlingIT {

    private static final String AREA = Demo.APP + "/core/api/operator/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Commissioned here, in the north, used by no retailer. */
    private static final String LOCKER = "L-0972";

    @Test
    void aFleetOperatorTakesATamperAlarmToClosureAndIsolatesTheLocker() {
        String fleet = Http.userToken("lockernet-admin-panel", "fleet-north");
        String secret = commission();
        try (SimulatedLocker locker = Demo.locker(LOCKER, 1, TokenSource.clientCredentials(Demo.REALM,
                "locker-" + LOCKER, secret))) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "welcomed");
            locker.openDoorWithoutImpulse("A1");
            JsonObject alarm = OperatorAlarms.awaitForLocker("TAMPER", LOCKER);
            String url = AREA + "alarms/" + alarm.getJsonNumber("id").longValue();

            JsonObject acknowledged = Http.post(url + "/acknowledgement", fleet).json();
            assertEquals("fleet-north", acknowledged.getString("acknowledgedBy"));
            JsonObject assigned = Http.putJson(url + "/assignee", fleet, Json.createObjectBuilder()
                    .add("assignee", "fleet-north").build()).json();
            assertEquals("fleet-north", assigned.getString("assignee"));
            Http.Reply commented = Http.postJson(url + "/comments", fleet, Json.createObjectBuilder()
                    .add("text", "the door was forced; the store manager is on the way").build());
            assertEquals(200, commented.status(), commented.body());

            String heldToken = Http.clientToken("locker-" + LOCKER, secret); // still valid for minutes after
            Http.Reply isolated = Http.post(url + "/isolation", fleet);
            assertEquals(200, isolated.status(), isolated.body());
            CloseInfo closed = locker.awaitClosed(WAIT).orElseThrow(() -> new AssertionError("the link was not closed"));
            assertEquals(4403, closed.code(), closed.toString());
            assertEquals(401, LockerTokens.status("locker-" + LOCKER, secret), "the suspended client gets no token");
            try (SimulatedLocker again = Demo.locker(LOCKER, 1, TokenSource.fixed(heldToken))) {
                again.connect();
                CloseInfo refused = again.awaitClosed(WAIT).orElseThrow(() -> new AssertionError(
                        "the isolated locker was admitted with the token it held"));
                assertEquals(4403, refused.code(), refused.toString());
                assertTrue(refused.reason().contains("isolated"), refused.toString());
            }

            Http.Reply resolved = Http.postJson(url + "/resolution", fleet, Json.createObjectBuilder()
                    .add("resolution", "door repaired, lock replaced").build());
            assertEquals(200, resolved.status(), resolved.body());
            assertFalse(resolved.json().getBoolean("open"));
            assertEquals("door repaired, lock replaced", resolved.json().getString("resolution"));

            List<JsonObject> history = Http.get(url, fleet).json().getJsonArray("history").stream()
                    .map(JsonValue::asJsonObject).toList();
            assertEquals(List.of("ACKNOWLEDGED", "ASSIGNED", "COMMENTED", "ISOLATED", "RESOLVED"), history.stream()
                    .map(e -> e.getString("action")).toList());
            assertTrue(history.stream().allMatch(e -> e.getString("actor").equals("fleet-north")), history.toString());
            assertTrue(history.get(3).getString("text").contains("suspended"), history.toString());

            Http.Reply late = Http.post(url + "/acknowledgement", fleet);
            assertEquals(409, late.status(), late.body());
            assertEquals("application/problem+json", late.contentType());
            assertEquals(200, Http.postJson(url + "/comments", fleet, Json.createObjectBuilder()
                    .add("text", "found afterwards: a second key was lost").build()).status(), "comments still go");

            String audit = Http.get(AREA + "audit?actor=fleet-north", Http.userToken("lockernet-admin-panel",
                    "auditor")).body();
            for (String step : List.of("/acknowledgement", "/assignee", "/comments", "/isolation", "/resolution")) {
                assertTrue(audit.contains("alarms/" + alarm.getJsonNumber("id").longValue() + step),
                        "audited: " + step);
            }
        } finally {
            // a new secret lifts the suspension
            String renewed = commission();
            assertEquals(200, LockerTokens.status("locker-" + LOCKER, renewed), "commissioning again lifts the isolation");
        }
    }

    @Test
    void aBadBodyOrAnAlarmOutsideTheRegionIsRefusedWithAProblem() {
        String fleet = Http.userToken("lockernet-admin-panel", "fleet-north");
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        // an alarm at a locker of the south is not the northern fleet operator's
        try (SimulatedLocker south = Demo.locker("L-0004", 2)) {
            south.connect().join();
            assertTrue(south.awaitWelcome(WAIT), "welcomed");
            south.openDoorWithoutImpulse("A2");
            JsonObject alarm = OperatorAlarms.awaitForLocker("TAMPER", "L-0004");
            String url = AREA + "alarms/" + alarm.getJsonNumber("id").longValue();
            assertEquals(403, Http.post(url + "/acknowledgement", fleet).status());
            assertEquals(403, Http.get(url, fleet).status());
            assertEquals(403, Http.post(url + "/isolation", fleet).status());

            for (String body : List.of("{\"text\":", "{\"text\":{\"a\":1}}", "[]",
                    "{\"text\":\"" + "x".repeat(501) + "\"}", "{\"text\":\"bell\\u0007\"}", "{\"text\":\"  \"}")) {
                Http.Reply reply = Http.postJsonText(url + "/comments", operator, body);
                assertEquals(400, reply.status(), body + " -> " + reply.body());
                assertEquals("application/problem+json", reply.contentType(), body);
                assertFalse(reply.body().matches("(?s).*\\b(java|jakarta|io\\.lockernet|org)\\.[a-z].*"),
                        reply.body());
            }
            Http.Reply badAssignee = Http.sendRaw("PUT", url + "/assignee", operator, "application/json",
                    "{\"assignee\":\"<b>x</b>\"}".getBytes(StandardCharsets.UTF_8), WAIT);
            assertEquals(400, badAssignee.status(), badAssignee.body());
            assertTrue(Http.get(url, operator).json().getJsonArray("history").isEmpty(), "nothing was written");
            assertEquals(404, Http.post(AREA + "alarms/999999999/acknowledgement", operator).status());
            assertEquals(200, Http.postJson(url + "/resolution", operator, Json.createObjectBuilder()
                    .add("resolution", "test alarm of AlarmHandlingIT").build()).status());
        }
    }

    private static String commission() {
        String installer = Http.userToken("lockernet-admin-panel", "installer-north");
        Http.Reply entered = Http.putJson(AREA + "lockers/" + LOCKER, installer, Json.createObjectBuilder()
                .add("name", "Alarm handling").add("store", "acme-springfield").add("region", "north")
                .add("shepherd", "shepherd-1").build());
        assertTrue(entered.status() == 201 || entered.status() == 200, entered.body());
        Http.Reply issued = Http.post(AREA + "lockers/" + LOCKER + "/credentials", installer);
        assertTrue(issued.status() == 201 || issued.status() == 200, issued.body());
        return issued.json().getString("secret");
    }
}
