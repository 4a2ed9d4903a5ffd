package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;

/**
 * How a locker's link and device are doing, for operators: its primary and fallback Shepherd and the one holding its
 * connection now (absent while offline); online with last seen; outages in the last 24 hours
 * (count, and seconds down including one still going on); the ping round trips its Shepherd last reported
 * (milliseconds, over the latest pings; absent until reported); the flags of every threshold it is past; and its
 * open service tickets.
 */
public record LockerHealthView(String locker, String shepherd, String fallback, String connectedVia, boolean online, Instant lastSeen, int outages24h,
                               long outageSeconds24h, Integer roundTripSamples, Double roundTripP50Ms,
                               Double roundTripP99Ms, Double roundTripMaxMs, Instant roundTripsMeasuredAt,
                               List<String> attention, List<ServiceTicketView> openTickets) {
}
