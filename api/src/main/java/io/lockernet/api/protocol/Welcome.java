package io.lockernet.api.protocol;

import java.time.Instant;

/** Shepherd to locker, the answer to hello: the connection is accepted by this Shepherd instance. */
public record Welcome(String locker, long seq, Instant ts, String shepherd) implements LockerMessage {
}
