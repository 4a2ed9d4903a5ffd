package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which Shepherd instances a locker may connect to: its primary, and the fallback it moves to when the primary is
 * down (null when it has none).
 */
public record Assignment(
        @Schema(example = "L-0001") String locker,
        @Schema(example = "shepherd-1") String shepherd,
        @Schema(example = "shepherd-2") String fallback) {
}
