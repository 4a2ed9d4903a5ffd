package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the tests check about lockers again and again: still served, and an open carried to its end. */
final class LockerChecks {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> FINAL_STATES = List.of("DOOR_CLOSED", "FAILED", "EXPIRED", "REFUSED");

    private LockerChecks() {
    }

    /** The locker's connection is alive: a ping gets its pong. */
    static void assertAnswersPing(SimulatedLocker locker) {
        String nonce = "still-there-" + System.nanoTime();
        locker.ping(nonce);
        Await.until("a pong to " + locker.lockerId(), WAIT, () -> locker.receivedFrames().stream()
                .filter(f -> f.contains("\"pong\"") && f.contains(nonce)).findFirst());
        assertTrue(locker.isConnected());
    }

    /** Waits until the Core's operator area shows the locker online through this Shepherd. */
    static void awaitConnectedVia(String operator, String locker, String shepherd) {
        Await.until(locker + " connected through " + shepherd, WAIT, () -> Optional.of(
                Http.get(Demo.APP + "/core/api/operator/lockers/" + locker + "/health", operator).json())
                .filter(h -> h.getBoolean("online") && shepherd.equals(h.getString("connectedVia", null))));
    }

    /**
     * Opens a compartment through the Core's partner area as the given partner client and waits for the impulse to
     * end; its final state.
     */
    static String openAndAwaitEnd(String partnerClient, String locker, String compartment, String requestedBy) {
        String token = Http.clientToken(partnerClient);
        String id = Await.until(locker + " " + compartment + " asked to open", WAIT, () -> Optional.of(
                Http.postJson(Demo.APP + "/core/api/partner/impulses", token, Json.createObjectBuilder()
                        .add("locker", locker).add("compartment", compartment).add("requestedBy", requestedBy)
                        .build())).filter(r -> r.status() == 201).map(r -> r.json().getString("id")));
        return Await.until("impulse " + id + " ended", WAIT, () -> Optional.of(
                Http.get(Demo.APP + "/core/api/partner/impulses/" + id, token).json().getString("state"))
                .filter(FINAL_STATES::contains));
    }
}
