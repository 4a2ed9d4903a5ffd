package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A frame a locker sent, as the Core recorded it: its sequence number, what happened, where, for which impulse, when
 * the locker says it happened and when the Core received it.
 */
public record DeviceEventView(
        @Schema(example = "L-0001") String locker,
        @Schema(example = "1042") long seq,
        @Schema(example = "door_opened") String type,
        @Schema(example = "A2", nullable = true) String compartment,
        @Schema(example = "3f1c9a0e-52d7-4c1b-9e47-0b6f7c2a8d15", nullable = true) String impulse,
        @Schema(example = "2026-12-03T10:15:00.620Z") Instant occurredAt,
        @Schema(example = "2026-12-03T10:15:00.700Z") Instant receivedAt) {
}
