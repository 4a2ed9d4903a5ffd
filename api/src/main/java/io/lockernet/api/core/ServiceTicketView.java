package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Work for the field service about one locker (kind LINK_FLAPPING); open while {@code closedAt} is null. An operator
 * acknowledges it, takes it and closes it with a resolution; the Core closes a flapping ticket by itself (closedBy
 * {@code lockernet}) once the link has been stable for a while.
 */
public record ServiceTicketView(
        @Schema(example = "7") long id,
        @Schema(example = "LINK_FLAPPING") String kind,
        @Schema(example = "L-0003") String locker,
        @Schema(example = "12 outages in the last hour") String detail,
        @Schema(example = "2026-12-03T09:00:00Z") Instant openedAt,
        Instant closedAt,
        @Schema(example = "fleet-north") String closedBy,
        @Schema(example = "antenna cable replaced") String resolution,
        @Schema(description = "When someone first said they are on it; absent until then") Instant acknowledgedAt,
        @Schema(example = "fleet-north") String acknowledgedBy,
        @Schema(example = "fleet-north", description = "Whose it is; absent: nobody's") String assignee,
        @Schema(description = "What was done about it, oldest first (only when one ticket is asked for)")
        List<TicketEntryView> history) {
}
