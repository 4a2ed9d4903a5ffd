package io.lockernet.core.impulse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImpulseTest {

    private static final Instant T0 = Instant.parse("2026-11-23T19:00:00Z");

    private static Impulse requested() {
        return new Impulse(new ImpulseRequest("L-0001", "A1", "acme", "subject-1", "partner-acme"), T0,
                T0.plusSeconds(15));
    }

    @Test
    void walksTheWholeOpenCycleWithATimestampPerStep() {
        Impulse impulse = requested();
        assertTrue(impulse.moveTo(ImpulseState.SENT, T0, null));
        assertTrue(impulse.moveTo(ImpulseState.DELIVERED, T0.plusMillis(10), null));
        assertTrue(impulse.moveTo(ImpulseState.LOCK_FIRED, T0.plusMillis(20), null));
        assertTrue(impulse.moveTo(ImpulseState.DOOR_OPEN, T0.plusMillis(30), null));
        assertTrue(impulse.moveTo(ImpulseState.DOOR_CLOSED, T0.plusSeconds(5), null));
        assertEquals(ImpulseState.DOOR_CLOSED, impulse.state());
        assertEquals(T0.plusMillis(30), impulse.doorOpenedAt());
        assertEquals(T0.plusSeconds(5), impulse.doorClosedAt());
    }

    @Test
    void aStepReportedByALockerWhoseClockIsBehindIsNotDatedBeforeTheStepBeforeIt() {
        Impulse impulse = requested();
        impulse.moveTo(ImpulseState.SENT, T0.plusMillis(5), null);
        assertTrue(impulse.moveTo(ImpulseState.LOCK_FIRED, T0.minusSeconds(2), null));
        assertEquals(T0.plusMillis(5), impulse.lockFiredAt());
        assertTrue(impulse.moveTo(ImpulseState.DOOR_CLOSED, T0.plusSeconds(4), null));
        assertEquals(T0.plusSeconds(4), impulse.doorClosedAt(), "a later step keeps its own time");
    }

    @Test
    void aRepeatedOrLateReportChangesNothing() {
        Impulse impulse = requested();
        impulse.moveTo(ImpulseState.SENT, T0, null);
        impulse.moveTo(ImpulseState.LOCK_FIRED, T0.plusMillis(20), null);
        assertFalse(impulse.moveTo(ImpulseState.DELIVERED, T0.plusMillis(25), null), "an ack after the lock fired");
        assertFalse(impulse.moveTo(ImpulseState.LOCK_FIRED, T0.plusMillis(30), null), "the same report twice");
        assertEquals(ImpulseState.LOCK_FIRED, impulse.state());
        assertNull(impulse.deliveredAt());
        assertEquals(T0.plusMillis(20), impulse.lockFiredAt());
    }

    @Test
    void anExpiredImpulseNeverComesBackToLife() {
        Impulse impulse = requested();
        impulse.moveTo(ImpulseState.SENT, T0, null);
        assertTrue(impulse.moveTo(ImpulseState.EXPIRED, T0.plusSeconds(20), "expired"));
        assertFalse(impulse.moveTo(ImpulseState.LOCK_FIRED, T0.plusSeconds(21), null));
        assertFalse(impulse.moveTo(ImpulseState.DOOR_OPEN, T0.plusSeconds(22), null));
        assertEquals(ImpulseState.EXPIRED, impulse.state());
        assertEquals("expired", impulse.reason());
    }

    @Test
    void aDoorSeenOpenCannotBeTurnedIntoAFailure() {
        Impulse impulse = requested();
        impulse.moveTo(ImpulseState.SENT, T0, null);
        impulse.moveTo(ImpulseState.DOOR_OPEN, T0.plusMillis(30), null);
        assertFalse(impulse.moveTo(ImpulseState.EXPIRED, T0.plusSeconds(20), "late expiry"));
        assertFalse(impulse.moveTo(ImpulseState.FAILED, T0.plusSeconds(20), "late failure"));
        assertEquals(ImpulseState.DOOR_OPEN, impulse.state());
    }

    @Test
    void deadlineIsStrict() {
        Impulse impulse = requested();
        assertFalse(impulse.isPastDeadline(T0.plusSeconds(15)));
        assertTrue(impulse.isPastDeadline(T0.plusSeconds(15).plusMillis(1)));
    }
}
