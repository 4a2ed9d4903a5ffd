package io.lockernet.api.protocol;

import java.time.Instant;

/** Locker to Shepherd: the lock of a compartment was fired for an impulse. Firing is not yet an open door. */
public record LockEvent(String locker, long seq, Instant ts, String impulse, String compartment)
        implements LockerMessage {
}
