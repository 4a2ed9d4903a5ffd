package io.lockernet.api.protocol;

import java.time.Instant;

/** The answer to a ping, with its nonce. */
public record Pong(String locker, long seq, Instant ts, String nonce) implements LockerMessage {
}
