package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Locker to Shepherd: the door sensor of a compartment saw the door open or closed. Carries the impulse that
 * opened it; an open with no impulse is a tamper.
 */
public record DoorEvent(String locker, long seq, Instant ts, String compartment, State state, String impulse)
        implements LockerMessage {

    public enum State { OPEN, CLOSED }
}
