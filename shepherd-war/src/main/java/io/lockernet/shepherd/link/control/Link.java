package io.lockernet.shepherd.link.control;

import jakarta.websocket.Session;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this Shepherd has measured of one locker's link: when it last heard anything from it, and the pings still
 * waiting for their pong, and the round trips of the latest pings. Kept with the WebSocket session.
 */
public final class Link {

    private static final String KEY = "lockernet.link";
    /** Pings older than this are forgotten (their pongs count as heard, not as round trips). */
    private static final int MAX_PENDING = 8;

    /** The round trips of the latest pings, kept per link for its percentiles (a few hundred bytes a locker). */
    static final int KEPT_ROUND_TRIPS = 120;

    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final long[] roundTrips = new long[KEPT_ROUND_TRIPS];
    private int roundTripCount;
    private boolean newSinceReport;
    private volatile long lastHeardNanos;

    private Link(long now) {
        this.lastHeardNanos = now;
    }

    public static Link of(Session session) {
        return (Link) session.getUserProperties().computeIfAbsent(KEY, k -> new Link(System.nanoTime()));
    }

    public void heard(long nowNanos) {
        lastHeardNanos = nowNanos;
    }

    public long silentNanos(long nowNanos) {
        return nowNanos - lastHeardNanos;
    }

    /** Remembers a ping sent now; returns its nonce. */
    public String pinged(long nowNanos) {
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
        }
        String nonce = Long.toString(nowNanos, 36);
        pending.put(nonce, nowNanos);
        return nonce;
    }

    /** The round trip of the ping this pong answers, in nanoseconds; -1 for a pong to no ping of ours. */
    public long ponged(String nonce, long nowNanos) {
        Long sent = nonce == null ? null : pending.remove(nonce);
        if (sent == null) {
            return -1;
        }
        long roundTrip = nowNanos - sent;
        synchronized (roundTrips) {
            roundTrips[roundTripCount++ % KEPT_ROUND_TRIPS] = roundTrip;
            newSinceReport = true;
        }
        return roundTrip;
    }

    /**
     * Percentiles of the latest round trips if any came in since the last call, else empty: what goes into the
     * next link report to the Core.
     */
    public Optional<RoundTrips> roundTripsSinceReport() {
        long[] sorted;
        synchronized (roundTrips) {
            if (!newSinceReport) {
                return Optional.empty();
            }
            newSinceReport = false;
            sorted = Arrays.copyOf(roundTrips, Math.min(roundTripCount, KEPT_ROUND_TRIPS));
        }
        Arrays.sort(sorted);
        return Optional.of(new RoundTrips(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1])));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    /** Round-trip percentiles of one link over its latest pings, in milliseconds. */
    public record RoundTrips(int samples, double p50Ms, double p99Ms, double maxMs) {
    }
}
