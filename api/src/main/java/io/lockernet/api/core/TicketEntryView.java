package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a service ticket's history: who did what, when, and what they wrote. */
public record TicketEntryView(
        Instant at,
        @Schema(example = "fleet-north") String actor,
        @Schema(example = "COMMENTED", enumeration = {"ACKNOWLEDGED", "ASSIGNED", "COMMENTED", "RESOLVED"})
        String action,
        @Schema(example = "a technician visits on Tuesday") String text) {
}
