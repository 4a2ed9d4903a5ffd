package io.lockernet.api.protocol;

/**
 * A compartment as the locker announces it: its name on the door (A1, B3, …), its size class (XS–XXL) and, where the
 * hardware has the sensors, what it sees now: the door open or closed, something inside or not (null: unknown).
 */
public record CompartmentInfo(String name, String size, Boolean doorOpen, Boolean occupied) {

    public CompartmentInfo(String name, String size) {
        this(name, size, null, null);
    }
}
