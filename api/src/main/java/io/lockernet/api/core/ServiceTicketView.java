package io.lockernet.api.core;

import java.time.Instant;

/** Work for the field service about one locker (kind LINK_FLAPPING); open while {@code closedAt} is null. */
public record ServiceTicketView(long id, String kind, String locker, String detail, Instant openedAt,
                                Instant closedAt, String closedBy, String resolution) {
}
