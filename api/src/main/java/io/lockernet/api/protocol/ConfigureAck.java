package io.lockernet.api.protocol;

import java.time.Instant;

/** Locker to Shepherd: whether it applied a configuration ({@code rejected} with a reason). */
public record ConfigureAck(String locker, long seq, Instant ts, String configVersion, Status status, String reason)
        implements LockerMessage {

    public enum Status { APPLIED, REJECTED }
}
