package io.lockernet.api.protocol;

import java.time.Instant;

/** Either side: are you there? The other side answers with a pong carrying the same nonce. */
public record Ping(String locker, long seq, Instant ts, String nonce) implements LockerMessage {
}
