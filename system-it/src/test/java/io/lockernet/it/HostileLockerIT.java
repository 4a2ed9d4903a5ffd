package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.Hostility;
import io.lockernet.simulator.locker.LockerListener;
import io.lockernet.simulator.locker.SimulatedLocker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The simulator's hostile lockers against the running system: each is cut off with the close code for what it did
 * and stays away, while a locker connected beside it goes on as before. L-0006 stands by on shepherd-2.
 */
class HostileLockerIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void floodingLockerIsClosedWith4429AndItsNeighbourKeepsItsLink() {
        CloseInfo close = refusedBesideABystander("L-0003", 1, locker -> locker.faults().hostile(Hostility.FLOOD));
        assertEquals(CloseCodes.FLOODING, close.code(), close.toString());
    }

    @Test
    void lockerForgingItsNeighboursDoorIsClosedWith4403AndTheNeighbourKeepsItsLink() {
        CloseInfo close = refusedBesideABystander("L-0002", 2,
                locker -> locker.faults().hostile(Hostility.FORGE).impersonating("L-0006"));
        assertEquals(CloseCodes.FORBIDDEN, close.code(), close.toString());
        assertTrue(close.reason().contains("L-0006"), close.reason());
    }

    @Test
    void lockerSendingMalformedFramesIsClosedWith4400AndItsNeighbourKeepsItsLink() {
        CloseInfo close = refusedBesideABystander("L-0005", 1, locker -> locker.faults().hostile(Hostility.MALFORMED));
        assertEquals(CloseCodes.MALFORMED, close.code(), close.toString());
    }

    /**
     * Connects L-0006 and then the hostile locker, which misbehaves once welcomed; returns how the Shepherd closed
     * the hostile one, after checking that it stays away and that L-0006 was never disconnected and still answers.
     */
    private static CloseInfo refusedBesideABystander(String hostileId, int shepherd,
                                                     Consumer<SimulatedLocker> hostility) {
        List<CloseInfo> bystanderCloses = new CopyOnWriteArrayList<>();
        try (SimulatedLocker bystander = Demo.locker("L-0006", 2);
             SimulatedLocker hostile = Demo.locker(hostileId, shepherd).reconnecting(true)) {
            bystander.addListener(new LockerListener() {
                @Override
                public void closed(String lockerId, CloseInfo close) {
                    bystanderCloses.add(close);
                }
            });
            hostility.accept(hostile);
            bystander.connect().join();
            assertTrue(bystander.awaitWelcome(WAIT));
            hostile.connect().join();
            assertTrue(hostile.awaitWelcome(WAIT));

            CloseInfo close = hostile.awaitClosed(WAIT)
                    .orElseThrow(() -> new AssertionError("the Shepherd did not close " + hostileId));

            assertEquals(Optional.of(close), hostile.refusedWith(), "refused, so it does not reconnect");
            LockerChecks.assertAnswersPing(bystander);
            assertFalse(hostile.isConnected());
            assertEquals(List.of(), bystanderCloses, "L-0006 kept its connection");
            return close;
        }
    }
}
