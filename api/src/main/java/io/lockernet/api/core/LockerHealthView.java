package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a locker's link and device are doing, for operators: its primary and fallback Shepherd and the one holding its
 * connection now (absent while offline); online with last seen; outages in the last 24 hours
 * (count, and seconds down including one still going on); the ping round trips its Shepherd last reported
 * (milliseconds, over the latest pings; absent until reported); the flags of every threshold it is past; and its
 * open service tickets.
 */
public record LockerHealthView(
        @Schema(example = "L-0001") String locker,
        @Schema(example = "shepherd-1") String shepherd,
        @Schema(example = "shepherd-2") String fallback,
        @Schema(example = "shepherd-1") String connectedVia,
        @Schema(example = "true") boolean online,
        @Schema(example = "2026-12-03T10:15:02Z") Instant lastSeen,
        @Schema(example = "1") int outages24h,
        @Schema(example = "42") long outageSeconds24h,
        @Schema(example = "30") Integer roundTripSamples,
        @Schema(example = "3.1") Double roundTripP50Ms,
        @Schema(example = "11.8") Double roundTripP99Ms,
        @Schema(example = "14.2") Double roundTripMaxMs,
        @Schema(example = "2026-12-03T10:15:00Z") Instant roundTripsMeasuredAt,
        List<String> attention,
        List<ServiceTicketView> openTickets) {
}
