package io.lockernet.routing.control;

import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.SizeClass;
import java.util.Collection;

/**
 * Whether parcels fit a locker's free compartments. Each parcel takes the smallest free compartment of its size or
 * larger; filling the largest parcels first that way leaves the most room for the small ones, so the count of parcels
 * that do not fit is the least possible (a larger parcel's choices are a subset of a smaller one's). An offline locker
 * takes nothing.
 */
public final class CompartmentFit {

    private static final SizeClass[] SIZES = SizeClass.values();

    private CompartmentFit() {
    }

    /** How many of these parcels find no free compartment at this locker. */
    public static int overflow(LockerSite locker, Collection<SizeClass> parcels) {
        if (!locker.online()) {
            return parcels.size();
        }
        int[] wanted = new int[SIZES.length];
        parcels.forEach(size -> wanted[size.ordinal()]++);
        int[] free = new int[SIZES.length];
        for (var size : SIZES) {
            free[size.ordinal()] = locker.free(size);
        }
        int overflow = 0;
        for (int parcel = SIZES.length - 1; parcel >= 0; parcel--) {
            for (int compartment = parcel; compartment < SIZES.length && wanted[parcel] > 0; compartment++) {
                int taken = Math.min(wanted[parcel], free[compartment]);
                wanted[parcel] -= taken;
                free[compartment] -= taken;
            }
            overflow += wanted[parcel];
        }
        return overflow;
    }

    /** Whether all these parcels fit. */
    public static boolean fits(LockerSite locker, Collection<SizeClass> parcels) {
        return overflow(locker, parcels) == 0;
    }
}
