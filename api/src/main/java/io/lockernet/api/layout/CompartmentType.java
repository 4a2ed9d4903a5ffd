package io.lockernet.api.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue's compartments: the size class the Core books by, the inner height (millimetres; the width is the
 * module's, the depth always {@link #DEPTH_MM}) and the door. A {@code low} compartment sits at the bottom of its
 * module, where a wheelchair user reaches it. A roller-shutter compartment fills a wide module on its own; its shutter
 * is lowered by a {@code close} command.
 */
public enum CompartmentType {
    XS("XS", 80, Door.HINGED, "Extra small, 80 mm"),
    S("S", 190, Door.HINGED, "Small, 190 mm"),
    M("M", 290, Door.HINGED, "Medium, 290 mm"),
    L("L", 410, Door.HINGED, "Large, 410 mm"),
    XL("XL", 600, Door.HINGED, "Extra large, 600 mm (wide modules)"),
    LOW("M", 290, Door.HINGED, "Low, 290 mm at the bottom of a module: reachable from a wheelchair"),
    ROLLER_SHUTTER("XXL", 1800, Door.ROLLER_SHUTTER, "Roller shutter, the whole height of a wide module");

    public static final int DEPTH_MM = 600;

    private final String sizeClass;
    private final int heightMm;
    private final Door door;
    private final String description;

    CompartmentType(String sizeClass, int heightMm, Door door, String description) {
        this.sizeClass = sizeClass;
        this.heightMm = heightMm;
        this.door = door;
        this.description = description;
    }

    /** XS–XXL, as in {@code hello} and reservations. */
    public String sizeClass() {
        return sizeClass;
    }

    public int heightMm() {
        return heightMm;
    }

    public Door door() {
        return door;
    }

    public String description() {
        return description;
    }

    /** As written in layouts: lower case with a hyphen, {@code roller-shutter}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CompartmentType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(wire)).findFirst();
    }

    /** How a compartment's door opens and closes. */
    public enum Door {
        /** Opened by the lock, closed by hand. */
        HINGED,
        /** Opened and closed by a motor: {@code open} raises it, {@code close} lowers it. */
        ROLLER_SHUTTER;

        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
