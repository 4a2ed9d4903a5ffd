package io.lockernet.api.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * One caller's budget of requests: a burst, refilled at a steady rate (Bucket4j). Each refused request also spends
 * the caller's patience, {@code cutOffAfter} refusals per {@link #PATIENCE_WINDOW}: a caller that keeps asking while
 * over its budget spends it, and is cut off for {@code cutOff}: every request is refused until then, however slowly
 * it comes. A caller that waits as told is refused now and then and never runs out of patience. Thread-safe.
 */
final class CallerBudget {

    /** Whether to serve the request; if not, when to come back, and whether this refusal is the one that cut off. */
    record Decision(boolean allowed, long retryAfterSeconds, boolean cutOffNow) {
    }

    static final Duration PATIENCE_WINDOW = Duration.ofSeconds(10);

    private final Bucket bucket;
    private final Bucket patience;
    private final TimeMeter clock;
    private final Duration cutOff;
    private long cutOffUntilNanos;
    private volatile long lastSeenNanos;

    CallerBudget(Limits limits, TimeMeter clock) {
        this.clock = clock;
        this.cutOff = limits.cutOff();
        this.patience = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.cutOffAfter())
                        .refillGreedy(limits.cutOffAfter(), PATIENCE_WINDOW).build())
                .withCustomTimePrecision(clock)
                .build();
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.burst())
                        .refillGreedy(limits.perSecond(), Duration.ofSeconds(1)).build())
                .withCustomTimePrecision(clock)
                .build();
    }

    synchronized Decision take() {
        long now = clock.currentTimeNanos();
        lastSeenNanos = now;
        if (now < cutOffUntilNanos) {
            return new Decision(false, seconds(cutOffUntilNanos - now), false);
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, 0, false);
        }
        patience.tryConsume(1);
        if (patience.getAvailableTokens() == 0) {
            cutOffUntilNanos = now + cutOff.toNanos();
            return new Decision(false, cutOff.toSeconds(), true);
        }
        return new Decision(false, seconds(probe.getNanosToWaitForRefill()), false);
    }

    /** Nanoseconds of the caller's last request, on the budget's clock (for forgetting idle callers). */
    long lastSeenNanos() {
        return lastSeenNanos;
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999) / 1_000_000_000);
    }

    /**
     * A caller's limits: {@code burst} requests at once, {@code perSecond} after that; cut off for {@code cutOff} after
     * {@code cutOffAfter} refused requests within {@link #PATIENCE_WINDOW}.
     */
    record Limits(long burst, long perSecond, int cutOffAfter, Duration cutOff) {
    }
}
