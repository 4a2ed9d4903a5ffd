package io.lockernet.simulator.demo;

import io.lockernet.api.protocol.CodeResult;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.simulator.locker.LockerListener;
import io.lockernet.simulator.locker.SimulatedLocker;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The keypads of the lockers in this process, where the demo's customers type their codes, and the doors those codes
 * open. A simulated door closes by itself {@code --door-open-ms} after it opened ({@code LockerBehaviour}), and its
 * close is what the Core counts as the pickup; what is left to make sure of is the stop: the demo waits for the doors
 * still open to close before the lockers go, since a locker closed with a door open leaves the Core waiting for a
 * close that never comes.
 */
final class Keypads {

    private static final System.Logger LOG = System.getLogger(Keypads.class.getName());

    /** What became of a code the customer came to type. */
    enum Typed { TYPED, OFFLINE, NOT_HERE }

    private final Map<String, SimulatedLocker> lockers;
    /** "L-0001/A2" for each door seen open and not yet seen closed. */
    private final Set<String> openDoors = new HashSet<>();

    Keypads(List<SimulatedLocker> lockers) {
        this.lockers = lockers.stream().collect(Collectors.toUnmodifiableMap(SimulatedLocker::lockerId,
                Function.identity(), (first, second) -> first));
        LockerListener watch = new LockerListener() {
            @Override
            public void messageReceived(String lockerId, LockerMessage message) {
                if (message instanceof CodeResult result) {
                    answered(lockerId, result);
                }
            }

            @Override
            public void messageSent(String lockerId, LockerMessage message) {
                if (message instanceof DoorEvent door) {
                    door(lockerId, door);
                }
            }
        };
        this.lockers.values().forEach(locker -> locker.addListener(watch));
    }

    /**
     * The customer types the code at the locker. A code typed while the locker has no link would be lost (the
     * firmware does not keep code entries for later), so an offline locker is not typed at.
     */
    Typed type(String lockerId, String code) {
        SimulatedLocker locker = lockers.get(lockerId);
        if (locker == null) {
            return Typed.NOT_HERE;
        }
        if (!locker.isConnected()) {
            return Typed.OFFLINE;
        }
        locker.enterCode(code);
        return Typed.TYPED;
    }

    /** Waits until every door seen open has been seen closed, at most {@code patience}; true if they all were. */
    synchronized boolean awaitDoorsClosed(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (!openDoors.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.log(Level.WARNING, "doors still open at the stop: {0}", String.join(", ", openDoors));
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    private synchronized void door(String lockerId, DoorEvent door) {
        String key = lockerId + "/" + door.compartment();
        if (door.state() == DoorEvent.State.OPEN) {
            openDoors.add(key);
        } else if (openDoors.remove(key)) {
            notifyAll();
        }
    }

    private static void answered(String lockerId, CodeResult result) {
        if (result.accepted()) {
            LOG.log(Level.INFO, "{0}: the customer''s code is accepted; {1} opens, and closes after the door time",
                    lockerId, result.compartment());
        } else {
            LOG.log(Level.WARNING, "{0}: the customer''s code is refused: {1}", lockerId, result.reason());
        }
    }
}
