package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.LockerListener;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A locker loses its link while a door is open: it goes on working, keeps what happens, and replays it after
 * reconnecting; the Core records each event once, and a command asked for while the locker was away never runs.
 */
@OnEveryDatabase
class OfflineBufferingIT {

    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(45);

    /**
     * Protocol v1.1: a frame written into a link that breaks at that moment never reached the Shepherd; the locker,
     * whose frames the Shepherd acknowledges once the Core's broker has them, sends it again after reconnecting (a v1
     * locker would have lost it: SimulatedLockerTest).
     */
    @Test
    void anEventWrittenIntoABreakingLinkIsSentAgainAndReachesTheCore() {
        long before = OperatorAlarms.timesForLocker("PERSON_INSIDE", "L-0006");
        try (SimulatedLocker locker = Demo.locker("L-0006", 2).reconnecting(true)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            locker.sense("A1", SensorEvent.Kind.OCCUPANCY, false); // a reading the Shepherd acknowledges
            Await.until("the reading acknowledged", WAIT, () -> Optional.of(locker.unacknowledgedEvents())
                    .filter(n -> n == 0));

            locker.faults().breakLinkWithNextEvent(true);
            locker.sense("B4", SensorEvent.Kind.MOTION, true); // B4 is XL and its door closed: a person inside
            OperatorAlarms.awaitTimesForLocker("PERSON_INSIDE", "L-0006", before + 1);
            Await.until("the motion acknowledged after the replay", WAIT, () -> Optional.of(
                    locker.unacknowledgedEvents() + locker.bufferedEvents()).filter(n -> n == 0));
        }
    }

    @Test
    void whatHappensDuringAnOutageReachesTheCoreOnceAfterwardsAndNoStaleCommandRuns() {
        String acme = Http.clientToken("partner-acme");
        String operator = Http.userToken("lockernet-admin-panel", "operator");
        AtomicInteger welcomes = new AtomicInteger();
        AtomicReference<Instant> welcomedAgain = new AtomicReference<>();
        // the door stays open 4 s: long enough for the link to drop before it closes
        LockerConfig config = new LockerConfig("L-0005", Demo.shepherd(1), Demo.lockerToken("L-0005"),
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofSeconds(4));
        try (SimulatedLocker locker = new SimulatedLocker(config)) {
            locker.addListener(new LockerListener() {
                @Override
                public void welcomed(String lockerId, io.lockernet.api.protocol.Welcome welcome) {
                    if (welcomes.incrementAndGet() == 2) {
                        welcomedAgain.set(Instant.now());
                    }
                }
            });
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            int vitalsBefore = OperatorReports.vitals1h(operator, "L-0005", 0);
            String opened = Await.until("L-0005 online and A2 opened", WAIT, () -> Optional.of(open("A2", acme))
                    .filter(r -> r.status() == 201).map(r -> r.json().getString("id")));
            awaitImpulse(opened, Set.of("DOOR_OPEN"), acme);

            locker.outage(Duration.ofSeconds(6));
            awaitOnline("L-0005", false, acme);
            for (int i = 0; i < 3; i++) {
                locker.reportVitals(30.0 + i, 24.0, 80, -90);
            }
            // asked for while the Core knows the locker is away: refused at once, never queued for later
            Http.Reply stale = open("A3", acme);
            Await.until("the door of A2 closes while offline", WAIT, () -> Optional.of(locker.bufferedEvents())
                    .filter(n -> n >= 4));

            Await.until("reconnected and replayed", WAIT, () -> Optional.of(welcomes.get() >= 2
                    && locker.bufferedEvents() == 0).filter(done -> done));
            JsonObject closed = awaitImpulse(opened, Set.of("DOOR_CLOSED"), acme);
            assertTrue(closed.containsKey("doorClosedAt") && !closed.isNull("doorClosedAt"), closed.toString());
            assertTrue(Instant.parse(closed.getString("doorClosedAt")).isBefore(welcomedAgain.get()),
                    "the door closed during the outage is dated then, not at the replay after " + welcomedAgain
                            + ": " + closed);
            assertEquals(vitalsBefore + 3, OperatorReports.awaitReport(operator, "L-0005",
                    r -> r.getInt("vitals1h") >= vitalsBefore + 3).getInt("vitals1h"),
                    "each vitals frame kept offline is recorded once");

            assertEquals(409, stale.status(), stale.body());
            assertTrue(stale.body().contains("offline"), stale.body());
            assertEquals(1, locker.receivedCommands().size(), "only the command sent before the outage arrived");
        }
    }

    private static Http.Reply open(String compartment, String token) {
        return Http.postJson(IMPULSES, token, Json.createObjectBuilder().add("locker", "L-0005")
                .add("compartment", compartment).add("requestedBy", "it-offline").build());
    }

    private static JsonObject awaitImpulse(String id, Set<String> states, String token) {
        return Await.until("impulse " + id + " in " + states, WAIT, () -> {
            JsonObject now = Http.get(IMPULSES + "/" + id, token).json();
            return states.contains(now.getString("state")) ? Optional.of(now) : Optional.empty();
        });
    }

    private static void awaitOnline(String locker, boolean online, String token) {
        Await.until(locker + (online ? " online" : " offline"), WAIT, () ->
                Http.get(Demo.APP + "/core/api/partner/lockers", token).structure().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(l -> l.getString("id").equals(locker) && l.getBoolean("online") == online)
                        .findFirst());
    }
}
