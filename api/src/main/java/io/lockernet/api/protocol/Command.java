package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Shepherd to locker: an impulse for one compartment. The locker must not act on it after {@code deadline}.
 * The only action so far is {@code open}.
 */
public record Command(String locker, long seq, Instant ts, String impulse, String compartment, String action,
                      Instant deadline) implements LockerMessage {
}
