package io.lockernet.it;

import io.lockernet.api.protocol.Welcome;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Service tickets made as the field makes them: a connected simulated locker whose link drops again and again
 * (lockernet.link.flaps, 3 within 120 s in these tests) gets a LINK_FLAPPING ticket. The Core closes such a ticket by
 * itself once the locker is online without a drop for 12 s: a test that needs it open closes the locker soon after.
 */
final class FlappingTickets {

    private static final String TICKETS = Demo.APP + "/core/api/operator/service-tickets";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int DROPS = 3;

    private FlappingTickets() {
    }

    /** Drops the welcomed locker's link until the Core has an open LINK_FLAPPING ticket for it: that ticket. */
    static JsonObject flap(SimulatedLocker locker, String operatorToken) {
        String id = locker.lockerId();
        AtomicInteger welcomes = new AtomicInteger();
        locker.onReceived(Welcome.class, w -> welcomes.incrementAndGet());
        for (int drop = 1; drop <= DROPS; drop++) {
            int welcomed = welcomes.get();
            locker.outage(Duration.ofMillis(500));
            Await.until(id + " back after drop " + drop, WAIT, () -> Optional.of(welcomes.get())
                    .filter(n -> n > welcomed));
        }
        return Await.until("a LINK_FLAPPING ticket of " + id, WAIT, () -> open(id, operatorToken).stream()
                .findFirst());
    }

    /** The locker's open LINK_FLAPPING tickets (at most one). */
    static List<JsonObject> open(String locker, String operatorToken) {
        return Http.get(TICKETS + "?open=true&locker=" + locker, operatorToken).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("LINK_FLAPPING")).toList();
    }

    /** Resolves the locker's open tickets: an earlier run's, left open. */
    static void resolveOpen(String locker, String operatorToken, String resolution) {
        open(locker, operatorToken).forEach(t -> Http.postJson(TICKETS + "/" + t.getJsonNumber("id")
                + "/resolution", operatorToken, Json.createObjectBuilder().add("resolution", resolution).build()));
    }
}
