package io.lockernet.core.locker.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One link per locker, whichever Shepherd it comes through. */
class LockerTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private static Locker locker() {
        return new Locker("L-0001", "Springfield", "acme-springfield", "shepherd-1");
    }

    @Test
    void aLinkThroughAnotherShepherdSupersedesTheLiveOneAndItsLateDropChangesNothing() {
        Locker locker = locker();
        assertEquals(Optional.empty(), locker.connected("shepherd-1", T0));

        assertEquals(Optional.of("shepherd-1"), locker.connected("shepherd-2", T0.plusSeconds(1)),
                "the older link is named, to be ended");
        assertEquals("shepherd-2", locker.route(), "commands go through the newer link");

        assertFalse(locker.disconnected("shepherd-1", T0.plusSeconds(2)), "the superseded link's drop");
        assertTrue(locker.online());
        assertEquals("shepherd-2", locker.route());
    }

    @Test
    void aLinkAfterAnOfflineSpellSupersedesNothing() {
        Locker locker = locker();
        locker.connected("shepherd-1", T0);
        assertTrue(locker.disconnected("shepherd-1", T0.plusSeconds(1)));
        assertFalse(locker.online());

        assertEquals(Optional.empty(), locker.connected("shepherd-2", T0.plusSeconds(2)));
        assertEquals(Optional.empty(), locker.connected("shepherd-2", T0.plusSeconds(3)), "the same Shepherd again");
    }

    @Test
    void linkNewsOlderThanTheLastFromTheSameShepherdIsOutdated() {
        Locker locker = locker();
        locker.connected("shepherd-1", T0);
        locker.disconnected("shepherd-1", T0.plusSeconds(5));
        locker.connected("shepherd-1", T0.plusSeconds(9));

        assertTrue(locker.outdatedLinkNews("shepherd-1", T0.plusSeconds(5)), "the drop, redelivered late");
        assertFalse(locker.outdatedLinkNews("shepherd-1", T0.plusSeconds(10)));
        assertFalse(locker.outdatedLinkNews("shepherd-2", T0), "another Shepherd's clock is not compared");
    }

    @Test
    void aFrameHeardAfterTheLinkEndedDoesNotBringTheLockerBackOnline() {
        Locker locker = locker();
        locker.connected("shepherd-1", T0);
        locker.disconnected("shepherd-1", T0.plusSeconds(5));

        locker.seen(T0.plusSeconds(6));
        assertFalse(locker.online());
        assertEquals(T0.plusSeconds(6), locker.lastSeen());
    }

    @Test
    void aShepherdSpeaksForItsLockersAndForAWhileForOneMovedAwayFromIt() {
        Locker locker = locker();
        locker.assign("shepherd-1", "shepherd-2");
        locker.connected("shepherd-1", T0);
        assertTrue(locker.carriedBy("shepherd-1", T0));
        assertTrue(locker.carriedBy("shepherd-2", T0), "its fallback");
        assertFalse(locker.carriedBy("shepherd-7", T0));

        locker.assign("shepherd-2", "shepherd-3");
        locker.released(T0.plusSeconds(10));
        assertFalse(locker.online());
        assertTrue(locker.carriedBy("shepherd-1", T0), "moved away after the given time");
        assertFalse(locker.carriedBy("shepherd-1", T0.plusSeconds(11)), "moved away before it");
        assertFalse(locker.mayConnectTo("shepherd-1"));
    }
}
