package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Locker to Shepherd: a customer typed a pickup code on the keypad. The Shepherd answers with {@link CodeResult};
 * when the code is right, the open arrives as an ordinary {@link Command}.
 */
public record CodeEntry(String locker, long seq, Instant ts, String code) implements LockerMessage {

    @Override
    public String toString() {
        return "CodeEntry[locker=" + locker + ", seq=" + seq + ", ts=" + ts + ", code=***]";
    }
}
