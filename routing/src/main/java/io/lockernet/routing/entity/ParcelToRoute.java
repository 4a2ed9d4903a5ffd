package io.lockernet.routing.entity;

import java.util.List;
import java.util.Objects;

/**
 * A parcel waiting at the depot.
 *
 * @param id the parcel's id
 * @param size its size class: it takes a free compartment of this size or larger
 * @param lockers the lockers it may go to, in the retailer's order of preference (first: the customer's choice)
 */
public record ParcelToRoute(String id, SizeClass size, List<String> lockers) {

    public ParcelToRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(size, "size");
        lockers = List.copyOf(lockers);
    }
}
