package io.lockernet.simulator.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * How often something of the demo happens: about every {@code every}, at random between half and one and a half
 * times it, so that the two retailers and their stores do not act in step and the staff app looks like a shop rather
 * than a metronome.
 */
final class Pace {

    private final Duration every;
    private final RandomGenerator random;

    Pace(Duration every, RandomGenerator random) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a pace needs a positive interval, not " + every);
        }
        this.every = every;
        this.random = random;
    }

    /** The next time after {@code now}. */
    Instant next(Instant now) {
        long millis = every.toMillis();
        return now.plusMillis(millis / 2 + random.nextLong(millis + 1));
    }

    /** The first time: somewhere within one interval from {@code now}, so that retailers started together drift. */
    Instant first(Instant now) {
        return now.plusMillis(random.nextLong(every.toMillis() + 1));
    }
}
