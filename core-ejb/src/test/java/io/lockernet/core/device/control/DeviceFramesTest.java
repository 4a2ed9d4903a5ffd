package io.lockernet.core.device.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.protocol.DoorEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What happened during an outage is dated when it happened, as far as the locker's clock can be believed. */
class DeviceFramesTest {

    private static final Instant ARRIVED = Instant.parse("2026-12-02T10:00:00Z");

    private static DoorEvent closedAt(Instant ts) {
        return new DoorEvent("L-0001", 7, ts, "A1", DoorEvent.State.CLOSED, null);
    }

    @Test
    void aFrameKeptThroughAnOutageIsDatedByItsOwnTime() {
        Instant during = ARRIVED.minus(Duration.ofMinutes(40));
        assertEquals(during, DeviceFrames.occurredAt(closedAt(during), ARRIVED));
    }

    @Test
    void aTimeAfterArrivalOrBeyondTheHorizonIsNotBelievedAndTheArrivalCounts() {
        assertEquals(ARRIVED, DeviceFrames.occurredAt(closedAt(ARRIVED.plusSeconds(30)), ARRIVED), "in the future");
        assertEquals(ARRIVED, DeviceFrames.occurredAt(closedAt(ARRIVED.minus(DeviceFrames.REPLAY_HORIZON)
                .minusSeconds(1)), ARRIVED), "older than a locker keeps anything");
    }
}
