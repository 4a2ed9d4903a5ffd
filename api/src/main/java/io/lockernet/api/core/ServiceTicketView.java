package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Work for the field service about one locker (kind LINK_FLAPPING); open while {@code closedAt} is null. */
public record ServiceTicketView(
        @Schema(example = "7") long id,
        @Schema(example = "LINK_FLAPPING") String kind,
        @Schema(example = "L-0003") String locker,
        @Schema(example = "12 outages in the last hour") String detail,
        @Schema(example = "2026-12-03T09:00:00Z") Instant openedAt,
        Instant closedAt,
        String closedBy,
        String resolution) {
}
