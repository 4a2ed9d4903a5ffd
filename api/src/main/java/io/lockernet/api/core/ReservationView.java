package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reservation: which compartment it holds and where it is in its life (RESERVED, DEPOSITED, COLLECTED,
 * RETRIEVED, EXPIRED, CANCELLED), and what for ({@code purpose} DEPOSIT or DROP_OFF). {@code pickupCode} (the return
 * code of a DROP_OFF) is present only in the answer that created it: the Core keeps nothing but a salted hash.
 */
public record ReservationView(
        @Schema(example = "5b0e2c1d-7a44-4f0e-8f7d-2b9c6e1a0f33") String id,
        @Schema(example = "L-0006") String locker,
        @Schema(example = "A4") String compartment,
        @Schema(example = "M") String size,
        @Schema(example = "RESERVED") String state,
        @Schema(example = "order-4711") String parcelRef,
        @Schema(example = "2026-12-03T10:15:00Z") Instant createdAt,
        @Schema(example = "2026-12-03T10:45:00Z") Instant expiresAt,
        Instant depositedAt,
        Instant endedAt,
        @Schema(example = "false") boolean codeUsed,
        @Schema(example = "048213") String pickupCode,
        @Schema(example = "DEPOSIT") String purpose) {
}
