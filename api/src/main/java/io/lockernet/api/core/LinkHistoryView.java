package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A locker's link over the last hours, for charts: the ping round trips its Shepherd reported (one point per report,
 * oldest first) and the outages that overlap the period (oldest first; one still going on has no end, and its
 * seconds count up to now).
 */
public record LinkHistoryView(
        @Schema(example = "L-0001") String locker,
        @Schema(example = "24") int hours,
        List<RoundTrip> roundTrips,
        List<Outage> outages) {

    /** The round trips of the pings over one report's interval, in milliseconds. */
    public record RoundTrip(
            @Schema(example = "2026-12-03T10:15:00Z") Instant at,
            @Schema(example = "3.1") Double p50Ms,
            @Schema(example = "11.8") Double p99Ms,
            @Schema(example = "14.2") Double maxMs,
            @Schema(example = "10") Integer samples) {
    }

    /** The link was down from {@code startedAt} to {@code endedAt} (absent while still down). */
    public record Outage(
            @Schema(example = "2026-12-03T09:58:12Z") Instant startedAt,
            @Schema(example = "2026-12-03T09:59:00Z", nullable = true) Instant endedAt,
            @Schema(example = "48") long seconds) {
    }
}
