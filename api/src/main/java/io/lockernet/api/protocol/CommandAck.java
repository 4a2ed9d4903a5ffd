package io.lockernet.api.protocol;

import java.time.Instant;

/** Locker to Shepherd: what the locker did with a command. */
public record CommandAck(String locker, long seq, Instant ts, String impulse, Status status, String reason)
        implements LockerMessage {

    /** accepted: it will fire the lock; expired: it arrived after its deadline; rejected: it cannot be done. */
    public enum Status { ACCEPTED, EXPIRED, REJECTED }
}
