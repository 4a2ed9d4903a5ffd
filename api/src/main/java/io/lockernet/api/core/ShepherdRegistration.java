package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a Shepherd instance tells the Core about itself when it starts and again every half minute while it runs: a
 * description (e.g. "shepherd-3 on host-a:8280") and the build it runs.
 */
public record ShepherdRegistration(
        @Schema(example = "shepherd-3 on host-a:8280") String description,
        @Schema(example = "0.1.0-SNAPSHOT, built 2026-12-04T02:10:00Z") String build) {
}
