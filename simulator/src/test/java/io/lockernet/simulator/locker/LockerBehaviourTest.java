package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Pong;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockerBehaviourTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");
    private static final Duration DOOR_OPEN_TIME = Duration.ofSeconds(3);

    private final List<LockerMessage> sent = new ArrayList<>();
    private final List<Runnable> doorTimers = new ArrayList<>();
    private final List<Duration> doorDelays = new ArrayList<>();
    private final LockerBehaviour locker = new LockerBehaviour("L-0001", LockerConfig.DEFAULT_COMPARTMENTS,
            DOOR_OPEN_TIME, Clock.fixed(NOW, ZoneOffset.UTC), sent::add, (delay, task) -> {
                doorDelays.add(delay);
                doorTimers.add(task);
            });

    @Test
    void aJammedLockFiresButTheDoorStaysShut() {
        locker.faults().jammedLock(true);
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));

        assertEquals(2, sent.size(), sent.toString());
        assertInstanceOf(CommandAck.class, sent.get(0));
        assertInstanceOf(LockEvent.class, sent.get(1));
        assertTrue(doorTimers.isEmpty(), "no door to close");
    }

    @Test
    void aStuckDoorSensorReportsNeitherOpenNorClosed() {
        locker.faults().stuckDoorSensor(true);
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));
        doorTimers.get(0).run();

        assertEquals(2, sent.size(), sent.toString());
        assertInstanceOf(LockEvent.class, sent.get(1));
    }

    @Test
    void aDuplicatedCommandFiresTheLockOnceAndIsAnsweredTwice() {
        locker.faults().duplicateCommands(true);
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));

        assertEquals(1, sent.stream().filter(LockEvent.class::isInstance).count(), sent.toString());
        assertEquals(2, sent.stream().filter(CommandAck.class::isInstance).count(), sent.toString());
    }

    @Test
    void aSlowCommandIsHandledLater() {
        locker.faults().commandDelay(Duration.ofSeconds(4));
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));

        assertTrue(sent.isEmpty(), sent.toString());
        assertEquals(List.of(Duration.ofSeconds(4)), doorDelays);
        doorTimers.get(0).run();
        assertEquals(CommandAck.Status.ACCEPTED, assertInstanceOf(CommandAck.class, sent.get(0)).status());
    }

    @Test
    void aClockRunningAheadJudgesDeadlinesByItselfAndStampsFramesWithIt() {
        locker.faults().clockSkew(Duration.ofSeconds(20));
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));

        CommandAck ack = assertInstanceOf(CommandAck.class, sent.get(0));
        assertEquals(CommandAck.Status.EXPIRED, ack.status(), "its clock says the deadline has passed");
        assertEquals(NOW.plusSeconds(20), ack.ts());
        assertEquals(1, sent.size(), sent.toString());
    }

    @Test
    void commandBeforeItsDeadlineIsAcceptedFiresTheLockAndOpensTheDoor() {
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));

        assertEquals(3, sent.size(), sent.toString());
        CommandAck ack = assertInstanceOf(CommandAck.class, sent.get(0));
        assertEquals(CommandAck.Status.ACCEPTED, ack.status());
        assertEquals("imp-1", ack.impulse());
        LockEvent lock = assertInstanceOf(LockEvent.class, sent.get(1));
        assertEquals("imp-1", lock.impulse());
        assertEquals("A4", lock.compartment());
        assertDoor(sent.get(2), "A4", DoorEvent.State.OPEN, "imp-1");
    }

    @Test
    void doorClosesAfterTheDoorOpenTimeWithTheSameImpulse() {
        locker.receive(open("imp-1", "A4", NOW.plusSeconds(15)));

        assertEquals(List.of(DOOR_OPEN_TIME), doorDelays);
        doorTimers.get(0).run();

        assertEquals(4, sent.size(), sent.toString());
        assertDoor(sent.get(3), "A4", DoorEvent.State.CLOSED, "imp-1");
    }

    @Test
    void commandAtExactlyItsDeadlineIsStillAccepted() {
        locker.receive(open("imp-1", "A1", NOW));

        assertEquals(CommandAck.Status.ACCEPTED, assertInstanceOf(CommandAck.class, sent.get(0)).status());
    }

    @Test
    void commandAfterItsDeadlineIsAnsweredExpiredAndNeverFiresTheLock() {
        locker.receive(open("imp-1", "A1", NOW.minusMillis(1)));

        assertEquals(1, sent.size(), sent.toString());
        CommandAck ack = assertInstanceOf(CommandAck.class, sent.get(0));
        assertEquals(CommandAck.Status.EXPIRED, ack.status());
        assertEquals("imp-1", ack.impulse());
        assertTrue(doorTimers.isEmpty());
    }

    @Test
    void commandForAnUnknownCompartmentIsRejectedWithAReason() {
        locker.receive(open("imp-1", "Z9", NOW.plusSeconds(15)));

        assertEquals(1, sent.size(), sent.toString());
        CommandAck ack = assertInstanceOf(CommandAck.class, sent.get(0));
        assertEquals(CommandAck.Status.REJECTED, ack.status());
        assertTrue(ack.reason().contains("Z9"), ack.reason());
    }

    @Test
    void commandForADoorThatIsStillOpenIsRejected() {
        locker.receive(open("imp-1", "B2", NOW.plusSeconds(15)));
        locker.receive(open("imp-2", "B2", NOW.plusSeconds(15)));

        CommandAck second = assertInstanceOf(CommandAck.class, sent.get(3));
        assertEquals("imp-2", second.impulse());
        assertEquals(CommandAck.Status.REJECTED, second.status());
    }

    @Test
    void resentCommandIsAnsweredAgainButFiresTheLockOnlyOnce() {
        Command command = open("imp-1", "A2", NOW.plusSeconds(15));
        locker.receive(command);
        locker.receive(command);

        assertEquals(1, sent.stream().filter(LockEvent.class::isInstance).count());
        assertEquals(2, sent.stream().filter(CommandAck.class::isInstance).count());
        assertEquals(CommandAck.Status.ACCEPTED, assertInstanceOf(CommandAck.class, sent.get(3)).status());
    }

    @Test
    void forcedDoorOpensAndClosesWithoutImpulse() {
        locker.openDoorWithoutImpulse("B4");
        doorTimers.get(0).run();

        assertDoor(sent.get(0), "B4", DoorEvent.State.OPEN, null);
        assertDoor(sent.get(1), "B4", DoorEvent.State.CLOSED, null);
    }

    @Test
    void pingIsAnsweredWithItsNonce() {
        locker.receive(new Ping("L-0001", 7, NOW, "n-42"));

        assertEquals("n-42", assertInstanceOf(Pong.class, sent.get(0)).nonce());
    }

    @Test
    void everyFrameCarriesAHigherSequenceNumberThanTheOneBefore() {
        locker.hello("fw", false);
        locker.receive(open("imp-1", "A1", NOW.plusSeconds(15)));
        doorTimers.get(0).run();
        locker.ping("n");

        for (int i = 1; i < sent.size(); i++) {
            assertTrue(sent.get(i).seq() > sent.get(i - 1).seq(), sent.toString());
        }
        assertEquals(sent.get(sent.size() - 1).seq(), locker.lastSeq());
    }

    @Test
    void aNewLockerForTheSameIdStartsAboveEveryNumberAnEarlierRunCouldHaveUsed() {
        LockerBehaviour later = new LockerBehaviour("L-0001", LockerConfig.DEFAULT_COMPARTMENTS, DOOR_OPEN_TIME,
                Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC), sent::add, (delay, task) -> { });
        for (int i = 0; i < 500; i++) {
            locker.ping("n" + i);
        }

        later.ping("after restart");

        assertTrue(sent.get(sent.size() - 1).seq() > sent.get(sent.size() - 2).seq());
    }

    private static Command open(String impulse, String compartment, Instant deadline) {
        return new Command("L-0001", 1, NOW.minusSeconds(1), impulse, compartment, "open", deadline);
    }

    private static void assertDoor(LockerMessage message, String compartment, DoorEvent.State state, String impulse) {
        DoorEvent door = assertInstanceOf(DoorEvent.class, message);
        assertEquals(compartment, door.compartment());
        assertEquals(state, door.state());
        if (impulse == null) {
            assertNull(door.impulse());
        } else {
            assertEquals(impulse, door.impulse());
        }
    }
}
