package io.lockernet.core.delivery.control;

import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.routing.entity.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * ETAs from where the courier is: from the reported position through the stops still ahead, in the planned order, at
 * the planning's speed and times per stop and parcel. A courier whose next stop is now expected more than
 * {@link DeliverySettings#behind()} after the plan said is behind: the routes are planned again.
 */
@ApplicationScoped
public class CourierEtas {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    DeliverySettings settings;

    /**
     * Sets the ETA of each of the courier's routed parcels ({@code route}, in stop order) from a position at a time.
     *
     * @return whether the courier is behind the plan
     */
    public boolean follow(List<Consignment> route, Place position, Instant at) {
        Place here = position;
        Instant clock = at;
        String stop = null;
        boolean behind = false;
        for (Consignment c : route) {
            if (!c.locker().equals(stop)) {
                if (stop != null) {
                    clock = clock.plus(Duration.ofMinutes(settings.minutesPerStop()));
                }
                stop = c.locker();
                Locker locker = em.find(Locker.class, stop);
                Place there = new Place(locker.site().latitude(), locker.site().longitude());
                clock = clock.plusSeconds(Math.round(here.metresTo(there) / settings.metresPerMinute() * 60));
                here = there;
                behind |= c == route.get(0) && c.plannedEta() != null
                        && clock.isAfter(c.plannedEta().plus(settings.behind()));
            } else {
                clock = clock.plus(Duration.ofMinutes(settings.minutesPerParcel()));
            }
            c.expected(clock);
        }
        return behind;
    }
}
