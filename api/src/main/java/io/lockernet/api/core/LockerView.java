package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A locker with its compartments, as shown to a retailer that may use it. */
public record LockerView(
        @Schema(example = "L-0001") String id,
        @Schema(example = "Springfield Main Street") String name,
        @Schema(example = "acme-springfield") String store,
        @Schema(example = "true") boolean online,
        @Schema(example = "2026-12-03T10:15:02Z") Instant lastSeen,
        List<CompartmentView> compartments) {
}
