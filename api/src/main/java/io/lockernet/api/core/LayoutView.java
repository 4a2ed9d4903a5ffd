package io.lockernet.api.core;

import io.lockernet.api.layout.LockerLayout;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A saved version of a locker's layout and where the locker stands with it: SENT (waiting for the locker), APPLIED
 * (its compartments are the layout's; its hello reports {@code configVersion}) or REJECTED (with the locker's reason).
 */
public record LayoutView(
        @Schema(example = "L-0009") String locker,
        @Schema(example = "2") int version,
        @Schema(example = "layout-v2", description = "What the locker reports in its hello once it has applied it")
        String configVersion,
        @Schema(example = "APPLIED", enumeration = {"SENT", "APPLIED", "REJECTED"}) String state,
        @Schema(description = "Why the locker rejected it", nullable = true) String reason,
        @Schema(example = "installer-north") String createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant appliedAt,
        LockerLayout layout,
        List<LayoutCompartmentView> compartments) {
}
