package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ./lockernet add-partner} on the running system, as an operator adds a third retailer: its Keycloak group and
 * clients, its own Partner DB and deployments, the lockers it may use in the Core; its staff open a compartment of its
 * locker end to end, and nothing of the other retailers is within its reach, nor it within theirs.
 */
@OnEveryDatabase
class AddPartnerIT {

    private static final Duration LAUNCHER_PATIENCE = Duration.ofMinutes(4);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aRetailerAddedToTheRunningSystemWorksEndToEndAndOnlyWithinItsOwnScope() {
        Launcher.Result added = Launcher.run(LAUNCHER_PATIENCE, "add-partner", "carol", "--name", "Carol Foods",
                "--lockers", "L-0005", "--demo-staff");
        assertEquals(0, added.exitCode(), added.output());
        assertTrue(added.output().contains("https://localhost:8443/partner-carol/"), added.output());

        String operator = Http.userToken("lockernet-admin-panel", "operator");
        JsonObject carol = Http.get(Demo.APP + "/core/api/operator/retailers", operator).structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(r -> "carol".equals(r.getString("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("the Core does not list carol"));
        assertEquals("Carol Foods", carol.getString("name"));
        assertEquals(List.of("L-0005"), carol.getJsonArray("lockers").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());

        String employee = Http.userToken("partner-carol", KeycloakAdmin.clientSecret("partner-carol"), "carol-employee");
        Http.Reply lockers = Http.get(Demo.APP + "/partner-carol/api/lockers", employee);
        assertEquals(200, lockers.status(), lockers.body());
        assertEquals(List.of("L-0005"), lockers.structure().asJsonArray().stream()
                .map(l -> l.asJsonObject().getString("id")).toList(), "carol's staff see only carol's locker");

        try (SimulatedLocker locker = Demo.locker("L-0005", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0005 welcomed");
            Http.Reply open = Await.until("carol's employee opens L-0005 A1", WAIT, () -> java.util.Optional.of(
                    Http.post(Demo.APP + "/partner-carol/api/lockers/L-0005/compartments/A1/open", employee))
                    .filter(r -> r.status() != 409 || !r.body().contains("offline")));
            assertEquals(200, open.status(), "the door was seen open: " + open.body());

            Http.Reply foreign = Http.post(Demo.APP + "/partner-carol/api/lockers/L-0001/compartments/A1/open",
                    employee);
            assertEquals(403, foreign.status(), "acme's locker is out of carol's scope: " + foreign.body());
            assertTrue(foreign.contentType().startsWith("application/problem+json"), foreign.contentType());
        }

        assertEquals(401, Http.get(Demo.APP + "/partner-carol/api/lockers",
                Http.userToken("partner-acme", "acme-employee")).status(), "acme's staff are not carol's");
        assertEquals(401, Http.get(Demo.APP + "/partner-acme/api/lockers", employee).status(),
                "carol's staff are not acme's");

        Launcher.Result again = Launcher.run(LAUNCHER_PATIENCE, "add-partner", "carol");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("partner-carol and partner-admin-carol are up to date"),
                "a second add changes nothing: " + again.output());
        JsonObject unchanged = Http.get(Demo.APP + "/core/api/operator/retailers", operator).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).filter(r -> "carol".equals(r.getString("id")))
                .findFirst().orElseThrow();
        assertEquals("Carol Foods", unchanged.getString("name"), "left out, the name stays");
        assertEquals(1, unchanged.getJsonArray("lockers").size(), "left out, the lockers stay: " + unchanged);
    }
}
