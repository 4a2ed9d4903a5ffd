package io.lockernet.api.layout;

/**
 * Where a compartment of a layout stands and what it is: its module (A = 1, from the left), its lock channel (the
 * order in which the locks are wired, module by module from the top), its inner measures and height of its bottom
 * above the floor (millimetres), whether a wheelchair user reaches it, and its door.
 */
public record PlacedCompartment(String name, CompartmentType type, int module, int channel, int widthMm,
                                int heightMm, int depthMm, int bottomMm, boolean lowHeight) {

    public String sizeClass() {
        return type.sizeClass();
    }

    /** What the Core keeps as the compartment's special kind: ROLLER_SHUTTER, or null for a hinged door. */
    public String special() {
        return type.door() == CompartmentType.Door.ROLLER_SHUTTER ? "ROLLER_SHUTTER" : null;
    }
}
