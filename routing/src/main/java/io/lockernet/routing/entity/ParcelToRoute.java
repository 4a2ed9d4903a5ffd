package io.lockernet.routing.entity;

import java.util.List;
import java.util.Objects;

/**
 * A parcel waiting at the depot to be put into a locker, or one waiting in a locker to be collected.
 *
 * @param id the parcel's id
 * @param size its size class: a delivery takes a free compartment of this size or larger
 * @param lockers the lockers it may go to, in the retailer's order of preference (first: the customer's choice); for a
 *                collection the one locker it is in
 * @param collect whether the courier takes it out of its locker (it needs no free compartment there, and rides in the
 *                van back to the depot) rather than putting it in
 */
public record ParcelToRoute(String id, SizeClass size, List<String> lockers, boolean collect) {

    public ParcelToRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(size, "size");
        lockers = List.copyOf(lockers);
        if (collect && lockers.size() > 1) {
            throw new IllegalArgumentException("parcel " + id + " to collect is in one locker, not " + lockers);
        }
    }

    /** A parcel to deliver. */
    public ParcelToRoute(String id, SizeClass size, List<String> lockers) {
        this(id, size, lockers, false);
    }

    /** Whether it takes a free compartment at its stop: a delivery does, a collection frees one. */
    public boolean needsCompartment() {
        return !collect;
    }
}
