package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Shepherd instance as operators see it: what it said about itself when it last registered (its description and
 * build; it registers every half minute while it runs), whether it is up (heard from in the last 90 seconds), how many
 * lockers have it as primary or fallback, and how many are connected through it now.
 */
public record ShepherdView(
        @Schema(example = "shepherd-1") String id,
        @Schema(example = "shepherd-1 on host-a:8443") String description,
        @Schema(example = "6") long primaryFor,
        @Schema(example = "2") long fallbackFor,
        @Schema(example = "5") long connected,
        @Schema(example = "0.1.0-SNAPSHOT, built 2026-12-04T02:10:00Z") String build,
        Instant lastSeenAt,
        @Schema(description = "heard from in the last 90 seconds") boolean up) {

    /** How long a Shepherd may go unheard before it counts as down: three of its half-minute registrations. */
    public static final java.time.Duration SILENCE = java.time.Duration.ofSeconds(90);
}
