package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An attempt beyond a retailer's scope offers to isolate the client that made it, not the locker it reached for:
 * Keycloak stops giving the client tokens, the Core refuses the token it still holds at once, the locker goes on
 * working; a network admin lifts it, and the client is served again.
 */
class ClientIsolationIT {

    private static final String OPERATOR_AREA = Demo.APP + "/core/api/operator/";
    private static final String CLIENT = "partner-bravo";
    private static final String VICTIM = "L-0001"; // acme's locker, which bravo may not use
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void isolatingAnOutOfScopeAlarmSuspendsTheClientThatMadeTheAttemptUntilItIsLifted() {
        OperatorAlarms.resolveForLocker("OUT_OF_SCOPE", VICTIM, "an earlier run's");
        String bravo = Http.clientToken(CLIENT);
        Http.Reply reached = Http.postJson(Demo.APP + "/core/api/partner/impulses", bravo, Json.createObjectBuilder()
                .add("locker", VICTIM).add("compartment", "A1").add("requestedBy", "it-isolation").build());
        assertEquals(403, reached.status(), reached.body());
        JsonObject alarm = OperatorAlarms.awaitForLocker("OUT_OF_SCOPE", VICTIM);
        assertEquals(CLIENT, alarm.getString("subject"), "the alarm names who made the attempt: " + alarm);

        String fleet = Http.userToken("lockernet-admin-panel", "fleet-north");
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        try {
            // a retailer's client serves every region: a fleet operator of one may not cut it off, a network admin
            // isolates it from the Alarms page, whose button names the client, not the locker
            String id = alarm.getJsonNumber("id").toString();
            Http.Reply notTheirs = Http.post(OPERATOR_AREA + "alarms/" + id + "/isolation", fleet);
            assertEquals(403, notTheirs.status(), notTheirs.body());
            assertTrue(notTheirs.body().contains("retailer.manage"), notTheirs.body());
            try (Browser browser = Browser.start()) {
                browser.open(Demo.APP + "/admin/alarms.xhtml");
                browser.signIn("operator", Demo.PASSWORD);
                browser.click("Isolate client " + CLIENT, By.cssSelector("tr.alarm-" + id
                        + " button[id$='isolate-client']"));
                browser.click("Yes", By.cssSelector(".ui-confirmdialog-yes"));
                browser.text("isolated", By.id("messages"), "is isolated");
            }
            JsonObject isolated = Http.get(OPERATOR_AREA + "alarms/" + id, fleet).json();
            assertTrue(isolated.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("action").equals("ISOLATED")
                            && e.getString("text", "").contains("client " + CLIENT)), isolated.toString());

            Http.Reply refused = Await.until("the token bravo holds refused", WAIT, () -> Optional.of(Http.get(
                    Demo.APP + "/core/api/partner/lockers", bravo)).filter(r -> r.status() == 403));
            assertTrue(refused.contentType().startsWith("application/problem+json")
                    && refused.body().contains("isolated by an operator"), refused.body());
            assertNotEquals(200, LockerTokens.status(CLIENT, Demo.secretOf(CLIENT)), "Keycloak gives it no token");
            assertEquals(200, LockerTokens.status("locker-" + VICTIM, Demo.secretOf("locker-" + VICTIM)),
                    "the locker it reached for is not punished");
            assertTrue(Http.get(OPERATOR_AREA + "isolated-clients", operator).structure().asJsonArray().stream()
                    .anyMatch(c -> c.asJsonObject().getString("client").equals(CLIENT)));
            assertEquals(403, Http.delete(OPERATOR_AREA + "isolated-clients/" + CLIENT, fleet).status(),
                    "a retailer's client is the network admins' to restore");
        } finally {
            // lifted whatever happened above (a failure there stays the one reported): other tests need bravo
            Http.delete(OPERATOR_AREA + "isolated-clients/" + CLIENT, operator);
        }
        assertTrue(Http.get(OPERATOR_AREA + "isolated-clients", operator).structure().asJsonArray().isEmpty(),
                "lifted");
        assertEquals(200, LockerTokens.status(CLIENT, Demo.secretOf(CLIENT)), "tokens again");
        Await.until("bravo served again", WAIT, () -> Optional.of(Http.get(Demo.APP + "/core/api/partner/lockers",
                Http.clientToken(CLIENT))).filter(r -> r.status() == 200));
        Http.Reply again = Http.delete(OPERATOR_AREA + "isolated-clients/" + CLIENT, operator);
        assertEquals(404, again.status(), again.body());
        OperatorAlarms.resolveForLocker("OUT_OF_SCOPE", VICTIM, "the client was isolated and restored");
    }
}
