package io.lockernet.routing.entity;

import java.util.Objects;

/**
 * One courier's van for the day.
 *
 * @param id the courier's (or van's) id
 * @param depot where the van is loaded and where it returns
 * @param startMinute minutes since midnight when the van leaves the depot (or can leave it now, in a re-plan)
 * @param endMinute minutes since midnight by which the van is back at the depot; a start after the end is a shift
 *        already over, which gets no stops
 * @param capacity parcels the van carries
 */
public record CourierShift(String id, Place depot, int startMinute, int endMinute, int capacity) {

    public CourierShift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(depot, "depot");
        if (capacity < 0) {
            throw new IllegalArgumentException(id + " carries " + capacity + " parcels");
        }
    }
}
