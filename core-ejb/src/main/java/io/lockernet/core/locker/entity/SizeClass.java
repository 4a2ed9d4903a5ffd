package io.lockernet.core.locker.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Size classes from the smallest up, with the inner dimensions (millimetres) a compartment of the class has when
 * its locker does not say otherwise.
 */
public enum SizeClass {
    XS(400, 80, 600), S(400, 190, 600), M(400, 290, 600), L(400, 410, 600), XL(600, 600, 600), XXL(800, 1800, 800);

    private final int widthMm;
    private final int heightMm;
    private final int depthMm;

    SizeClass(int widthMm, int heightMm, int depthMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.depthMm = depthMm;
    }

    public static Optional<SizeClass> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public int depthMm() {
        return depthMm;
    }

    /** Large enough for a person to be shut inside: motion in such a closed compartment is an alarm. */
    public boolean fitsAPerson() {
        return compareTo(XL) >= 0;
    }
}
