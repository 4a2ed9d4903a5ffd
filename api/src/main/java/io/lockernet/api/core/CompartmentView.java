package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A compartment: its name on the door, size class, state (AVAILABLE, RESERVED, OCCUPIED, OPEN, OUT_OF_SERVICE),
 * the module it sits in, its inner dimensions in millimetres, whether it is low enough for a wheelchair user, and
 * its special kind (COOLED, ROLLER_SHUTTER) if any.
 */
public record CompartmentView(
        @Schema(example = "A2") String name,
        @Schema(example = "S") String size,
        @Schema(example = "AVAILABLE") String state,
        @Schema(example = "1") Integer module,
        @Schema(example = "400") Integer widthMm,
        @Schema(example = "190") Integer heightMm,
        @Schema(example = "600") Integer depthMm,
        @Schema(example = "false") boolean lowHeight,
        @Schema(example = "COOLED") String special) {
}
