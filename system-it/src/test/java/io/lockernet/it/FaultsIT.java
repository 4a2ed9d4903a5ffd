package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each fault of the simulator, and what the system makes of it: what an operator or a store employee would see. */
class FaultsIT {

    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void aJammedLockEndsTheImpulseFailedWithTheLockFiredAndNoDoorOpened() {
        JsonObject end = openWith(locker -> locker.faults().jammedLock(true), "A1", Set.of("FAILED"));
        assertTrue(end.containsKey("lockFiredAt"), end.toString());
        assertFalse(end.containsKey("doorOpenedAt"), end.toString());
        assertTrue(end.getString("reason").contains("door"), end.toString());
    }

    @Test
    void aStuckDoorSensorLooksToTheCoreLikeADoorThatNeverOpened() {
        JsonObject end = openWith(locker -> locker.faults().stuckDoorSensor(true), "A2", Set.of("FAILED"));
        assertTrue(end.containsKey("lockFiredAt"), end.toString());
        assertFalse(end.containsKey("doorOpenedAt"), end.toString());
    }

    @Test
    void aSlowButTimelyCommandStillOpensTheDoor() {
        JsonObject end = openWith(locker -> locker.faults().commandDelay(Duration.ofSeconds(2)), "A3",
                Set.of("DOOR_CLOSED"));
        assertTrue(Duration.between(Instant.parse(end.getString("sentAt")),
                Instant.parse(end.getString("lockFiredAt"))).toMillis() >= 2_000, end.toString());
    }

    @Test
    void aCommandDelayedPastItsDeadlineExpiresAndTheLockNeverFires() {
        List<LockEvent> fired = new CopyOnWriteArrayList<>();
        List<CommandAck> answers = new CopyOnWriteArrayList<>();
        JsonObject end = openWith(locker -> {
            locker.faults().commandDelay(Duration.ofSeconds(12)); // the deadline: 10 s after the request (it-config)
            locker.onSent(LockEvent.class, fired::add);
            locker.onSent(CommandAck.class, answers::add);
        }, "A4", Set.of("EXPIRED"), impulse -> Await.until("the late command handled by the locker", WAIT, () ->
                answers.stream().filter(a -> a.impulse().equals(impulse)).findFirst()));
        assertFalse(end.containsKey("lockFiredAt"), end.toString());
        assertEquals(CommandAck.Status.EXPIRED, answers.get(0).status(), answers.toString());
        assertTrue(fired.isEmpty(), "the lock never fired: " + fired);
    }

    @Test
    void aDuplicatedCommandFiresTheLockOnce() {
        List<LockEvent> fired = new CopyOnWriteArrayList<>();
        JsonObject end = openWith(locker -> {
            locker.faults().duplicateCommands(true);
            locker.onSent(LockEvent.class, fired::add);
        }, "B1", Set.of("DOOR_CLOSED"));
        assertEquals(1, fired.stream().filter(e -> e.impulse().equals(end.getString("id"))).count(), fired.toString());
    }

    @Test
    void aLockerWhoseClockIsFarAheadIsReportedAndItsCommandsExpireUnfired() {
        JsonObject end = openWith(locker -> locker.faults().clockSkew(Duration.ofSeconds(60)), "B2",
                Set.of("EXPIRED"));
        assertFalse(end.containsKey("lockFiredAt"), end.toString());
        Operators.awaitAlarm("CLOCK_SKEW", "L-0003");
    }

    /**
     * A locker two hours behind: the Shepherd raises CLOCK_SKEW and dates its events by its own clock, so that the
     * deposit counts from when it happened (not two hours earlier, which would cut the pickup window short).
     */
    @Test
    void aLockerWhoseClockIsFarBehindHasItsDepositDatedByTheShepherdsClock() {
        String bravo = Http.clientToken("partner-bravo");
        Instant before = Instant.now();
        try (SimulatedLocker locker = Demo.locker("L-0004", 2)) {
            locker.faults().clockSkew(Duration.ofHours(-2));
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            Http.Reply reserved = Http.postJson(RESERVATIONS, bravo, Json.createObjectBuilder().add("locker", "L-0004")
                    .add("compartment", "A3").add("ttlSeconds", 600).add("parcelRef", "skewed-" + before.toEpochMilli())
                    .build());
            assertEquals(201, reserved.status(), reserved.body());
            String reservation = reserved.json().getString("id");
            assertEquals(201, Http.postJson(IMPULSES, bravo, Json.createObjectBuilder().add("reservation", reservation)
                    .add("purpose", "DEPOSIT").add("requestedBy", "it-faults").build()).status());
            JsonObject deposited = Await.until("the deposit recorded", WAIT, () -> Optional.of(
                    Http.get(RESERVATIONS + "/" + reservation, bravo).json())
                    .filter(r -> "DEPOSITED".equals(r.getString("state"))));
            Instant depositedAt = Instant.parse(deposited.getString("depositedAt"));
            assertFalse(depositedAt.isBefore(before.minusSeconds(5)), "deposited at " + depositedAt
                    + ", the test began at " + before);
            Operators.awaitAlarm("CLOCK_SKEW", "L-0004");
            // take the parcel out again: the compartment is free for the other tests
            assertEquals(201, Http.postJson(IMPULSES, bravo, Json.createObjectBuilder().add("reservation", reservation)
                    .add("purpose", "RETRIEVE").add("requestedBy", "it-faults").build()).status());
            Await.until("the parcel taken out", WAIT, () -> Optional.of(
                    Http.get(RESERVATIONS + "/" + reservation, bravo).json())
                    .filter(r -> "RETRIEVED".equals(r.getString("state"))));
        }
    }

    /**
     * Connects L-0003 (retailer bravo) with the fault switched on before it says hello, asks for an open of the
     * compartment and waits for the impulse to end in one of the given states.
     */
    private static JsonObject openWith(Consumer<SimulatedLocker> fault, String compartment, Set<String> ends) {
        return openWith(fault, compartment, ends, impulse -> { });
    }

    /** As above, then waits for what must happen at the locker (given the impulse id) before it disconnects. */
    private static JsonObject openWith(Consumer<SimulatedLocker> fault, String compartment, Set<String> ends,
                                       Consumer<String> atTheLocker) {
        String bravo = Http.clientToken("partner-bravo");
        try (SimulatedLocker locker = Demo.locker("L-0003", 1)) {
            fault.accept(locker);
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            String id = Await.until("L-0003 online and " + compartment + " asked to open", WAIT, () -> Optional.of(
                    Http.postJson(IMPULSES, bravo, Json.createObjectBuilder().add("locker", "L-0003")
                            .add("compartment", compartment).add("requestedBy", "it-faults").build()))
                    .filter(r -> r.status() == 201).map(r -> r.json().getString("id")));
            JsonObject end = Await.until("impulse " + id + " in " + ends, WAIT, () -> {
                JsonObject now = Http.get(IMPULSES + "/" + id, bravo).json();
                return ends.contains(now.getString("state")) ? Optional.of(now) : Optional.empty();
            });
            atTheLocker.accept(id);
            return end;
        }
    }
}
