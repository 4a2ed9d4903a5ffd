package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Shepherd to locker: an impulse for one compartment. The locker must not act on it after {@code deadline}.
 * {@code open} opens the compartment (raises a roller shutter); {@code close} (protocol v1.2) lowers a roller shutter,
 * and a compartment without one rejects it.
 */
public record Command(String locker, long seq, Instant ts, String impulse, String compartment, String action,
                      Instant deadline) implements LockerMessage {
}
