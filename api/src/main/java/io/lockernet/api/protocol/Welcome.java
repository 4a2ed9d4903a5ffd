package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Shepherd to locker, the answer to hello: the connection is accepted by this Shepherd instance; {@code acks} (v1.1):
 * the locker's events on this connection will be acknowledged with {@code ack} frames.
 */
public record Welcome(String locker, long seq, Instant ts, String shepherd, boolean acks) implements LockerMessage {

    /** A v1 welcome, without acknowledgements. */
    public Welcome(String locker, long seq, Instant ts, String shepherd) {
        this(locker, seq, ts, shepherd, false);
    }
}
