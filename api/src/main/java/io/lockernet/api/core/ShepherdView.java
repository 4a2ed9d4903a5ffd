package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Shepherd instance as operators see it: what it said about itself when it registered, how many lockers have it as
 * primary or fallback, and how many are connected through it now.
 */
public record ShepherdView(
        @Schema(example = "shepherd-1") String id,
        @Schema(example = "shepherd-1 on host-a:8443") String description,
        @Schema(example = "6") long primaryFor,
        @Schema(example = "2") long fallbackFor,
        @Schema(example = "5") long connected) {
}
