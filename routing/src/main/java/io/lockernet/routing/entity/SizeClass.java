package io.lockernet.routing.entity;

/** Parcel and compartment sizes, smallest first: a parcel fits a compartment of its own size or larger. */
public enum SizeClass {
    XS, S, M, L, XL, XXL;

    /** Whether a parcel of this size goes into a compartment of the given size. */
    public boolean fitsInto(SizeClass compartment) {
        return compartment.ordinal() >= ordinal();
    }
}
