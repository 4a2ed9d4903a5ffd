package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An impulse that cannot reach its locker before its deadline never fires the lock, however late it arrives. */
class DeadlineIT {

    private static final String CORE = Demo.APP + "/core/api/partner/impulses";
    private static final String COMMANDS = "/deployment=shepherd-2.war/subsystem=ejb3/message-driven-bean=CommandListener";

    @Test
    void aCommandHeldUpPastItsDeadlineNeverFiresAndTheImpulseExpires() {
        try (SimulatedLocker locker = Demo.locker("L-0004", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(Duration.ofSeconds(30)));
            String token = Http.clientToken("partner-bravo");
            Await.until("L-0004 online", Duration.ofSeconds(30), () -> Optional.of(open("A1", token))
                    .filter(r -> r.status() == 201).map(r -> awaitState(r.json().getString("id"), "DOOR_CLOSED", token)));

            Management.cli(COMMANDS + ":stop-delivery");
            JsonObject held;
            try {
                Http.Reply reply = open("A2", token);
                assertEquals(201, reply.status(), reply.body());
                held = reply.json();
                awaitState(held.getString("id"), "EXPIRED", token);
                assertTrue(Instant.now().isAfter(Instant.parse(held.getString("deadline"))));
            } finally {
                Management.cli(COMMANDS + ":start-delivery");
            }

            // commands are delivered in order: once a later one has opened its door, the held one had its chance
            Http.Reply later = open("A3", token);
            assertEquals(201, later.status(), later.body());
            awaitState(later.json().getString("id"), "DOOR_OPEN", token);
            String heldId = held.getString("id");
            assertTrue(locker.receivedCommands().stream().noneMatch(c -> c.impulse().equals(heldId)),
                    "the expired command never reached the locker");
            JsonObject end = Http.get(CORE + "/" + heldId, token).json();
            assertEquals("EXPIRED", end.getString("state"));
            assertTrue(!end.containsKey("lockFiredAt") || end.isNull("lockFiredAt"), "the lock never fired: " + end);
        }
    }

    private static Http.Reply open(String compartment, String token) {
        return Http.postJsonAsync(CORE, token, Json.createObjectBuilder().add("locker", "L-0004")
                .add("compartment", compartment).add("requestedBy", "it-subject").build()).join();
    }

    private static JsonObject awaitState(String impulse, String state, String token) {
        return Await.until("impulse " + impulse + " " + state, Duration.ofSeconds(45), () -> {
            JsonObject now = Http.get(CORE + "/" + impulse, token).json();
            return state.equals(now.getString("state")) ? Optional.of(now) : Optional.empty();
        });
    }
}
