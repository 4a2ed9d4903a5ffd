package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A locker of the fleet as operators see it: where it stands, its Shepherds, its link, the retailers using it, and
 * what its last hello said about its firmware and configuration.
 */
public record FleetLockerView(
        @Schema(example = "L-0001") String id,
        @Schema(example = "ACME Springfield entrance") String name,
        @Schema(example = "acme-springfield") String store,
        @Schema(example = "north") String region,
        @Schema(example = "shepherd-1") String shepherd,
        @Schema(example = "shepherd-2") String fallback,
        @Schema(example = "true") boolean online,
        @Schema(example = "shepherd-1", description = "The Shepherd holding its connection; absent while offline")
        String connectedVia,
        @Schema(example = "2026-12-03T10:15:00Z") Instant lastSeen,
        @Schema(example = "[\"acme\"]") List<String> retailers,
        @Schema(example = "lockernet-simulator/0.1", description = "As its last hello said; absent before the first")
        String firmware,
        @Schema(example = "layout-v2", description = "The configuration its last hello reported")
        String configVersion) {
}
