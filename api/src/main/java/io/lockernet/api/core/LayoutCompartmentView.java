package io.lockernet.api.core;

import io.lockernet.api.layout.PlacedCompartment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A compartment of a layout where it stands: module (1 = A, from the left), lock channel (the wiring order), inner
 * measures and the height of its bottom above the floor in millimetres, whether a wheelchair user reaches it, its door.
 */
public record LayoutCompartmentView(
        @Schema(example = "A2") String name,
        @Schema(example = "s") String type,
        @Schema(example = "S") String size,
        @Schema(example = "1") int module,
        @Schema(example = "2") int channel,
        @Schema(example = "400") int widthMm,
        @Schema(example = "190") int heightMm,
        @Schema(example = "600") int depthMm,
        @Schema(example = "910") int bottomMm,
        @Schema(example = "true") boolean lowHeight,
        @Schema(example = "hinged", enumeration = {"hinged", "roller-shutter"}) String door) {

    public static LayoutCompartmentView of(PlacedCompartment p) {
        return new LayoutCompartmentView(p.name(), p.type().wire(), p.sizeClass(), p.module(), p.channel(),
                p.widthMm(), p.heightMm(), p.depthMm(), p.bottomMm(), p.lowHeight(), p.type().door().wire());
    }
}
