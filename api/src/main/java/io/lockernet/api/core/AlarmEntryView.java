package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of an alarm's history: who did what, when, and what they wrote. */
public record AlarmEntryView(
        Instant at,
        @Schema(example = "fleet-north") String actor,
        @Schema(example = "COMMENTED", enumeration = {"ACKNOWLEDGED", "ASSIGNED", "COMMENTED", "ISOLATED", "RESOLVED"})
        String action,
        @Schema(example = "the store manager is on the way") String text) {
}
