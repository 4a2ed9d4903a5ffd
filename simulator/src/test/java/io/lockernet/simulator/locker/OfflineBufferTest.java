package io.lockernet.simulator.locker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Vitals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineBufferTest {

    @Test
    void keepsEventsOldestFirstAndNotLinkChatter() {
        OfflineBuffer buffer = new OfflineBuffer(10);
        assertTrue(buffer.keep(door(1)));
        assertTrue(buffer.keep(vitals(2)));
        assertFalse(buffer.keep(new Ping("L-1", 3, Instant.now(), "n")));
        assertEquals(List.of(1L, 2L), buffer.take(5).stream().map(LockerMessage::seq).toList());
        assertEquals(0, buffer.size());
    }

    @Test
    void whenFullTheOldestGivesWayAndIsCountedLost() {
        OfflineBuffer buffer = new OfflineBuffer(2);
        buffer.keep(door(1));
        buffer.keep(door(2));
        buffer.keep(door(3));
        assertEquals(1, buffer.lost());
        assertEquals(List.of(2L, 3L), buffer.take(5).stream().map(LockerMessage::seq).toList());
    }

    @Test
    void eventsPutBackComeFirstInTheirOrder() {
        OfflineBuffer buffer = new OfflineBuffer(10);
        for (long seq = 1; seq <= 4; seq++) {
            buffer.keep(door(seq));
        }
        List<LockerMessage> taken = buffer.take(3);
        buffer.putBack(taken.subList(1, 3));
        assertEquals(List.of(2L, 3L, 4L), buffer.take(10).stream().map(LockerMessage::seq).toList());
    }

    private static DoorEvent door(long seq) {
        return new DoorEvent("L-1", seq, Instant.now(), "A1", DoorEvent.State.CLOSED, null);
    }

    private static Vitals vitals(long seq) {
        return new Vitals("L-1", seq, Instant.now(), 20.0, 24.0, 90, -70, 10L);
    }
}
