package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** About every interval, never in step. */
class PaceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void theNextTimeIsBetweenHalfAndOneAndAHalfIntervals() {
        Pace pace = new Pace(MINUTE, new SplittableRandom(11));
        Duration shortest = MINUTE;
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 10_000; i++) {
            Duration gap = Duration.between(NOW, pace.next(NOW));
            shortest = gap.compareTo(shortest) < 0 ? gap : shortest;
            longest = gap.compareTo(longest) > 0 ? gap : longest;
        }
        assertTrue(shortest.compareTo(Duration.ofSeconds(30)) >= 0 && shortest.compareTo(Duration.ofSeconds(32)) < 0,
                "shortest " + shortest);
        assertTrue(longest.compareTo(Duration.ofSeconds(90)) <= 0 && longest.compareTo(Duration.ofSeconds(88)) > 0,
                "longest " + longest);
    }

    @Test
    void theFirstTimeIsWithinOneInterval() {
        Pace pace = new Pace(MINUTE, new SplittableRandom(5));
        for (int i = 0; i < 1_000; i++) {
            Instant first = pace.first(NOW);
            assertTrue(!first.isBefore(NOW) && !first.isAfter(NOW.plus(MINUTE)), first.toString());
        }
    }

    @Test
    void aPaceNeedsAnInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Pace(Duration.ZERO, new SplittableRandom()));
    }
}
