package io.lockernet.api.protocol;

import java.time.Instant;

/** Shepherd to locker: the fresh token is accepted; the connection now lasts until {@code expiresAt}. */
public record Reauthenticated(String locker, long seq, Instant ts, Instant expiresAt) implements LockerMessage {
}
