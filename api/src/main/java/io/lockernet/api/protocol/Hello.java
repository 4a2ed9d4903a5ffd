package io.lockernet.api.protocol;

import java.time.Instant;
import java.util.List;

/** Locker to Shepherd, first frame after connecting: who I am and which compartments I have. */
public record Hello(String locker, long seq, Instant ts, String firmware, String configVersion,
                    List<CompartmentInfo> compartments) implements LockerMessage {
    public Hello {
        compartments = List.copyOf(compartments);
    }
}
