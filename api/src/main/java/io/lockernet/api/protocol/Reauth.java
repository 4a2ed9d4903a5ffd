package io.lockernet.api.protocol;

import java.time.Instant;

/** Locker to Shepherd: a fresh access token, sent before the current one expires, so the link need not drop. */
public record Reauth(String locker, long seq, Instant ts, String token) implements LockerMessage {

    @Override
    public String toString() {
        return "Reauth[locker=" + locker + ", seq=" + seq + ", ts=" + ts + ", token=…]";
    }
}
