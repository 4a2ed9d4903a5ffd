package io.lockernet.routing.control;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.SizeClass;
import java.util.List;

/**
 * A parcel and the locker stop it goes to. The choice is limited to its allowed lockers that are online (a value range
 * per parcel), so a parcel is never routed where the retailer did not allow it or where nothing can be put in; no stop
 * ({@code null}) means unrouted, which the medium score level counts.
 */
@PlanningEntity
public class ParcelDrop {

    @PlanningId
    private String id;
    private ParcelToRoute parcel;
    private List<LockerStop> allowedStops;

    @PlanningVariable(valueRangeProviderRefs = "allowedStops", allowsUnassigned = true)
    private LockerStop stop;

    ParcelDrop() {
        // for the solver's cloning
    }

    /** @param allowedStops the stops of its allowed lockers that are online, in the retailer's order */
    public ParcelDrop(ParcelToRoute parcel, List<LockerStop> allowedStops) {
        this.id = parcel.id();
        this.parcel = parcel;
        this.allowedStops = List.copyOf(allowedStops);
    }

    public String getId() {
        return id;
    }

    public ParcelToRoute getParcel() {
        return parcel;
    }

    public SizeClass getSize() {
        return parcel.size();
    }

    /** A delivery takes a free compartment at its stop; a collection does not. */
    public boolean needsCompartment() {
        return parcel.needsCompartment();
    }

    @ValueRangeProvider(id = "allowedStops")
    public List<LockerStop> getAllowedStops() {
        return allowedStops;
    }

    public LockerStop getStop() {
        return stop;
    }

    public void setStop(LockerStop stop) {
        this.stop = stop;
    }

    /** 0 at the customer's choice, 1 at the retailer's next locker, and so on. */
    public int preferenceRank() {
        return stop == null ? 0 : parcel.lockers().indexOf(stop.getId());
    }

    @Override
    public String toString() {
        return id + "->" + stop;
    }
}
