package io.lockernet.routing.entity;

import java.util.List;

/**
 * One stop of a route: the courier fills these parcels into one locker.
 *
 * @param locker the locker's id
 * @param parcels the parcels put into it at this stop
 * @param arrivalMinute minutes since midnight when the van gets there (it waits if the locker is not open yet)
 * @param departureMinute minutes since midnight when the courier leaves it, all parcels in
 * @param late whether the courier is still there after the locker closes or the shift ends
 */
public record PlannedStop(String locker, List<String> parcels, int arrivalMinute, int departureMinute, boolean late) {

    public PlannedStop {
        parcels = List.copyOf(parcels);
    }
}
