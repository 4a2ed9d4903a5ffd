package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An impulse as the Core reports it: where it is in its life, who asked, through which application, and when. */
public record ImpulseView(
        @Schema(example = "3f1c9a0e-52d7-4c1b-9e47-0b6f7c2a8d15") String id,
        @Schema(example = "L-0001") String locker,
        @Schema(example = "A2") String compartment,
        @Schema(example = "open") String action,
        @Schema(example = "DOOR_OPEN") String state,
        String reason,
        @Schema(example = "acme") String retailer,
        @Schema(example = "f47ac10b-58cc-4372-a567-0e02b2c3d479") String requestedBy,
        @Schema(example = "partner-acme") String requestedVia,
        @Schema(example = "2026-12-03T10:15:00Z") Instant requestedAt,
        @Schema(example = "2026-12-03T10:15:30Z") Instant deadline,
        @Schema(example = "2026-12-03T10:15:00.040Z") Instant sentAt,
        @Schema(example = "2026-12-03T10:15:00.090Z") Instant deliveredAt,
        @Schema(example = "2026-12-03T10:15:00.310Z") Instant lockFiredAt,
        @Schema(example = "2026-12-03T10:15:00.620Z") Instant doorOpenedAt,
        Instant doorClosedAt) {
}
