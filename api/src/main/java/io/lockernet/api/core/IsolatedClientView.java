package io.lockernet.api.core;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client an operator isolated: the Core refuses its requests until an operator lifts the isolation. */
public record IsolatedClientView(
        @Schema(example = "partner-bravo") String client,
        Instant isolatedAt,
        @Schema(example = "fleet-north") String isolatedBy,
        @Schema(description = "the alarm it was isolated from", example = "42") Long alarm) {
}
