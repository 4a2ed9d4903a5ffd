package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Shepherd to locker, the answer to a {@link CodeEntry}: accepted (with the compartment that will open and the
 * impulse that opens it) or refused with a reason the keypad can show ("wrong code", "locked out until ...").
 */
public record CodeResult(String locker, long seq, Instant ts, boolean accepted, String compartment, String impulse,
                         String reason) implements LockerMessage {
}
