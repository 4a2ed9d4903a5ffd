package io.lockernet.routing.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A locker as the planner sees it for one day.
 *
 * @param id the locker's id, as the Core knows it
 * @param place where the courier stops
 * @param opensMinute minutes since the day's midnight from which a courier may load it (0 for 24 h)
 * @param closesMinute minutes since midnight by which the courier must be done there (1440 for 24 h)
 * @param freeCompartments free compartments by size: the most parcels of each size class this stop can take
 * @param online whether it answers; an offline locker takes no parcel
 */
public record LockerSite(String id, Place place, int opensMinute, int closesMinute,
        Map<SizeClass, Integer> freeCompartments, boolean online) {

    public LockerSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(place, "place");
        if (opensMinute < 0 || closesMinute < opensMinute) {
            throw new IllegalArgumentException(id + " opens at minute " + opensMinute + ", closes at " + closesMinute);
        }
        var free = new EnumMap<SizeClass, Integer>(SizeClass.class);
        freeCompartments.forEach((size, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException(id + " has " + count + " free " + size + " compartments");
            }
            free.put(size, count);
        });
        freeCompartments = Map.copyOf(free);
    }

    /** Free compartments of exactly this size (0 when the locker has none of it). */
    public int free(SizeClass size) {
        return freeCompartments.getOrDefault(size, 0);
    }

    /** The same locker gone offline (or back), e.g. for a re-plan. */
    public LockerSite withOnline(boolean nowOnline) {
        return new LockerSite(id, place, opensMinute, closesMinute, freeCompartments, nowOnline);
    }
}
