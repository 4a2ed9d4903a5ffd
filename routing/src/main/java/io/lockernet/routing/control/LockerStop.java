package io.lockernet.routing.control;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * The one stop a plan makes at a locker: an element of a courier's route, and the value a parcel points at. One stop
 * per locker keeps the model small (a parcel chooses a locker, a route orders lockers) and makes "consecutive parcels
 * at one locker are one stop" true by construction; the price is that a locker is served by one van once a day, which
 * holds while a locker's free compartments are fewer than a van carries.
 */
@PlanningEntity
public class LockerStop {

    @PlanningId
    private String id;
    private LockerSite locker;

    @InverseRelationShadowVariable(sourceVariableName = "stops")
    private CourierRoute courier;
    @PreviousElementShadowVariable(sourceVariableName = "stops")
    private LockerStop previous;
    @NextElementShadowVariable(sourceVariableName = "stops")
    private LockerStop next;
    @InverseRelationShadowVariable(sourceVariableName = "stop")
    private List<ParcelDrop> parcels = new ArrayList<>();

    LockerStop() {
        // for the solver's cloning
    }

    public LockerStop(LockerSite locker) {
        this.id = locker.id();
        this.locker = locker;
    }

    public String getId() {
        return id;
    }

    public LockerSite getLocker() {
        return locker;
    }

    public Place getPlace() {
        return locker.place();
    }

    public CourierRoute getCourier() {
        return courier;
    }

    public LockerStop getPrevious() {
        return previous;
    }

    public LockerStop getNext() {
        return next;
    }

    public List<ParcelDrop> getParcels() {
        return parcels;
    }

    /** Metres driven to this stop, from the previous one or the depot, and home to the depot if it is the last. */
    public double metresDriven() {
        if (courier == null) {
            return 0;
        }
        var depot = courier.getShift().depot();
        double in = (previous == null ? depot : previous.getPlace()).metresTo(getPlace());
        return next == null ? in + getPlace().metresTo(depot) : in;
    }

    @Override
    public String toString() {
        return id;
    }
}
