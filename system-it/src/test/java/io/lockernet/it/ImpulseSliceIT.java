package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Command;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first slice through real parts only: a simulated locker with its own Keycloak credentials on shepherd-1; store
 * staff logged in through Keycloak; the partner apps, the Core, Artemis and the Shepherd in between.
 */
class ImpulseSliceIT {

    private static final String LOCKER = "L-0001";
    private static final String ACME = Demo.APP + "/partner-acme/api";
    private static final String BRAVO = Demo.APP + "/partner-bravo/api";
    private static SimulatedLocker locker;

    @BeforeAll
    static void lockerIsOnline() {
        // the door stays open long enough for a concurrent second open to meet a live impulse
        locker = new SimulatedLocker(new LockerConfig(LOCKER, Demo.shepherd(1), Demo.lockerToken(LOCKER),
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofSeconds(2)));
        locker.connect().join();
        assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)), "shepherd-1 welcomes " + LOCKER);
        String token = Http.userToken("partner-acme", "acme-employee");
        Await.until(LOCKER + " online with its compartments at acme", Duration.ofSeconds(30), () -> {
            var lockers = Http.get(ACME + "/lockers", token).structure().asJsonArray();
            return lockers.stream().map(JsonValue::asJsonObject)
                    .filter(l -> l.getString("id").equals(LOCKER) && l.getBoolean("online")
                            && l.getJsonArray("compartments").size() == LockerConfig.DEFAULT_COMPARTMENTS.size())
                    .findFirst();
        });
    }

    @AfterAll
    static void lockerLeaves() {
        locker.close();
    }

    @Test
    void acmeEmployeeOpensACompartmentAndTheDoorConfirmsTheSameImpulse() {
        String token = Http.userToken("partner-acme", "acme-employee");

        Http.Reply reply = Http.post(ACME + "/lockers/" + LOCKER + "/compartments/A1/open", token);

        assertEquals(200, reply.status(), reply.body());
        JsonObject impulse = reply.json();
        String id = impulse.getString("id");
        assertEquals("DOOR_OPEN", impulse.getString("state"));
        assertEquals("partner-acme", impulse.getString("requestedVia"));
        assertTrue(commandsFor("A1").stream().anyMatch(c -> c.impulse().equals(id)),
                "the locker received the impulse the employee was told about");

        JsonObject closed = Await.until("the door of A1 to close", Duration.ofSeconds(30), () -> {
            JsonObject now = Http.get(ACME + "/impulses/" + id, token).json();
            return "DOOR_CLOSED".equals(now.getString("state")) ? Optional.of(now) : Optional.empty();
        });
        for (String step : List.of("sentAt", "deliveredAt", "lockFiredAt", "doorOpenedAt", "doorClosedAt")) {
            assertNotNull(closed.getString(step, null), step + " of " + closed);
        }
    }

    @Test
    void bravoEmployeeIsRefusedACompartmentOfAcme() {
        Http.Reply throughBravo = Http.post(BRAVO + "/lockers/" + LOCKER + "/compartments/A2/open",
                Http.userToken("partner-bravo", "bravo-employee"));
        Http.Reply atAcme = Http.post(ACME + "/lockers/" + LOCKER + "/compartments/A2/open",
                Http.userToken("partner-acme", "bravo-employee"));

        assertEquals(403, throughBravo.status(), throughBravo.body());
        assertTrue(throughBravo.contentType().startsWith("application/problem+json"));
        assertTrue(throughBravo.json().getString("detail").contains("scope"), throughBravo.body());
        assertEquals(403, atAcme.status(), atAcme.body());
        assertTrue(atAcme.contentType().startsWith("application/problem+json"));
        assertTrue(commandsFor("A2").isEmpty(), "no impulse reached A2");
    }

    @Test
    void openWithoutLoggingInIsRefusedWith401() {
        Http.Reply reply = Http.post(ACME + "/lockers/" + LOCKER + "/compartments/A3/open", null);

        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(commandsFor("A3").isEmpty(), "no impulse reached A3");
    }

    @Test
    void ofTwoConcurrentOpensOfOneCompartmentExactlyOneWins() {
        String employee = Http.userToken("partner-acme", "acme-employee");
        String manager = Http.userToken("partner-acme", "acme-manager");
        String url = ACME + "/lockers/" + LOCKER + "/compartments/B1/open";

        var first = CompletableFuture.supplyAsync(() -> Http.post(url, employee));
        var second = CompletableFuture.supplyAsync(() -> Http.post(url, manager));
        List<Http.Reply> replies = List.of(first.join(), second.join());

        List<Integer> statuses = replies.stream().map(Http.Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, replies.toString());
        JsonObject refusal = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json();
        assertTrue(refusal.getString("detail").contains("conflict"), refusal.toString());
        assertFalse(refusal.getString("impulseId", "").isBlank(), "the refusal names its impulse");
        assertEquals(1, commandsFor("B1").size(), "the lock fired once");
    }

    private static List<Command> commandsFor(String compartment) {
        return locker.receivedCommands().stream().filter(c -> c.compartment().equals(compartment)).toList();
    }
}
