package io.lockernet.api.protocol;

import java.time.Instant;

/**
 * Locker to Shepherd, every few minutes: how the device itself is. History tier: written in batches, never on the
 * realtime path. Any reading the locker's hardware lacks is null.
 */
public record Vitals(String locker, long seq, Instant ts, Double temperatureC, Double supplyVoltage,
                     Integer batteryPercent, Integer signalDbm, Long uptimeSeconds) implements LockerMessage {
}
