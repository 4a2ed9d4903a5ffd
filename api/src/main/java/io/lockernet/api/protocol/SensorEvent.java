package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Locker to Shepherd: a sensor inside a compartment. {@code occupancy} says whether something lies in it (history
 * tier; it updates the device snapshot the off-peak reconciliation compares with); {@code motion} says something
 * moves in it (realtime tier: motion in a closed large compartment is a person shut inside).
 */
public record SensorEvent(String locker, long seq, Instant ts, String compartment, Kind kind, boolean value)
        implements LockerMessage {

    public enum Kind { OCCUPANCY, MOTION }
}
