package io.lockernet.simulator;

import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * A steady stream of device readings spread over the connected lockers: vitals, and a share of occupancy readings.
 * Used by the tiers benchmark (docs/benchmarks.md) to put a known number of device events through the Core.
 */
final class ReadingsLoad {

    private final List<SimulatedLocker> lockers;
    private final long total;
    private final int perSecond;
    private final int occupancyPercent;
    private final BooleanSupplier stopRequested;

    ReadingsLoad(List<SimulatedLocker> lockers, long total, int perSecond, int occupancyPercent,
                 BooleanSupplier stopRequested) {
        this.lockers = lockers;
        this.total = total;
        this.perSecond = perSecond;
        this.occupancyPercent = occupancyPercent;
        this.stopRequested = stopRequested;
    }

    /**
     * Sends every reading at the given pace, or until a stop is requested; returns how many were handed to a
     * connected locker.
     */
    long run() {
        long intervalNanos = Duration.ofSeconds(1).toNanos() / perSecond;
        long start = System.nanoTime();
        long sent = 0;
        List<String> compartments = LockerConfig.DEFAULT_COMPARTMENTS.stream().map(c -> c.name()).toList();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (long i = 0; i < total && !stopRequested.getAsBoolean(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            SimulatedLocker locker = lockers.get((int) (i % lockers.size()));
            if (!locker.isConnected()) {
                continue;
            }
            if (random.nextInt(100) < occupancyPercent) {
                locker.sense(compartments.get(random.nextInt(compartments.size())), SensorEvent.Kind.OCCUPANCY,
                        random.nextBoolean());
            } else {
                locker.reportVitals(15 + random.nextDouble(10), 23.5 + random.nextDouble(1), 80 + random.nextInt(20),
                        -90 + random.nextInt(30));
            }
            sent++;
        }
        return sent;
    }
}
