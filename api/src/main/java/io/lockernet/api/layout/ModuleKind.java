package io.lockernet.api.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue's modules (columns of a locker). A control module carries the screen and keypad in its top part,
 * which leaves less room for compartments. Measures in millimetres: the inner width of its compartments and the
 * height they may take together, walls between them included.
 */
public enum ModuleKind {
    CONTROL(400, 1200, "Control module: screen and keypad, compartments below"),
    NARROW(400, 1800, "Standard module, 400 mm"),
    WIDE(600, 1800, "Wide module, 600 mm: XL and roller-shutter compartments");

    private final int widthMm;
    private final int usableHeightMm;
    private final String description;

    ModuleKind(int widthMm, int usableHeightMm, String description) {
        this.widthMm = widthMm;
        this.usableHeightMm = usableHeightMm;
        this.description = description;
    }

    public int widthMm() {
        return widthMm;
    }

    public int usableHeightMm() {
        return usableHeightMm;
    }

    public String description() {
        return description;
    }

    /** As written in layouts and on the wire: lower case. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModuleKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
