package io.lockernet.api.protocol;

import java.time.Instant;
import java.util.List;

/**
 * Locker to Shepherd, first frame after connecting: who I am and which compartments I have; {@code acks} (v1.1): I keep
 * my events until each is acknowledged, so send me {@code ack} frames.
 */
public record Hello(String locker, long seq, Instant ts, String firmware, String configVersion,
                    List<CompartmentInfo> compartments, boolean acks) implements LockerMessage {
    public Hello {
        compartments = List.copyOf(compartments);
    }

    /** A v1 hello, without acknowledgements. */
    public Hello(String locker, long seq, Instant ts, String firmware, String configVersion,
                 List<CompartmentInfo> compartments) {
        this(locker, seq, ts, firmware, configVersion, compartments, false);
    }
}
