package io.lockernet.api.core;

import java.time.Instant;

/** An impulse as the Core reports it: where it is in its life, who asked, through which application, and when. */
public record ImpulseView(String id, String locker, String compartment, String action, String state, String reason,
                          String retailer, String requestedBy, String requestedVia, Instant requestedAt,
                          Instant deadline, Instant sentAt, Instant deliveredAt, Instant lockFiredAt,
                          Instant doorOpenedAt, Instant doorClosedAt) {
}
