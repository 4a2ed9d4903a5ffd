package io.lockernet.shepherd.link.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Vitals;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockCorrectionTest {

    private static final Instant LOCKER_CLOCK = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void anEventOfALockerTwoHoursBehindIsDatedTwoHoursLaterAndKeepsEverythingElse() {
        DoorEvent closed = new DoorEvent("L-0004", 77, LOCKER_CLOCK, "A3", DoorEvent.State.CLOSED, "imp-1");
        LockerMessage corrected = ClockCorrection.corrected(closed, Duration.ofHours(-2));
        assertEquals(new DoorEvent("L-0004", 77, LOCKER_CLOCK.plus(Duration.ofHours(2)), "A3", DoorEvent.State.CLOSED,
                "imp-1"), corrected);
        Vitals vitals = new Vitals("L-0004", 78, LOCKER_CLOCK, 20.0, 24.0, 90, -70, 10L);
        assertEquals(LOCKER_CLOCK.minusSeconds(30), ClockCorrection.corrected(vitals, Duration.ofSeconds(30)).ts());
    }

    @Test
    void framesAboutTheLinkAndARightClockAreLeftAlone() {
        Ping ping = new Ping("L-0004", 79, LOCKER_CLOCK, "n");
        assertSame(ping, ClockCorrection.corrected(ping, Duration.ofHours(1)));
        DoorEvent open = new DoorEvent("L-0004", 80, LOCKER_CLOCK, "A3", DoorEvent.State.OPEN, null);
        assertSame(open, ClockCorrection.corrected(open, Duration.ZERO));
    }

    @Test
    void aConfigureAckIsDatedLikeTheLockersOtherEvents() {
        ConfigureAck ack = new ConfigureAck("L-0004", 81, LOCKER_CLOCK, "3", ConfigureAck.Status.REJECTED, "too high");
        assertEquals(new ConfigureAck("L-0004", 81, LOCKER_CLOCK.minusSeconds(30), "3", ConfigureAck.Status.REJECTED,
                "too high"), ClockCorrection.corrected(ack, Duration.ofSeconds(30)));
    }
}
