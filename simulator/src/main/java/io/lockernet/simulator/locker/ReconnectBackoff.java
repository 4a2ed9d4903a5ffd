package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CloseCodes;
import java.time.Duration;

/**
 * How long to wait before reconnecting: 1 s, doubling to 30 s while attempts keep failing, back to 1 s once the
 * Shepherd welcomes the locker. A refusal (token, unknown or unassigned locker) waits at least 30 s, because a
 * locker hammering the Shepherd cannot fix its credentials or its assignment. After 4410 (reassigned) at once.
 */
public class ReconnectBackoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(30);

    private Duration next = FIRST;

    public synchronized Duration after(CloseInfo close) {
        if (close.code() == CloseCodes.REASSIGNED) {
            return Duration.ZERO; // the new Shepherd expects the locker now
        }
        Duration delay = close.isRefusal() ? LONGEST : next;
        next = min(next.multipliedBy(2), LONGEST);
        return delay;
    }

    public synchronized void welcomed() {
        next = FIRST;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
