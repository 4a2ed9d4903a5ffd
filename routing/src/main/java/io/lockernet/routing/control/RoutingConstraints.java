package io.lockernet.routing.control;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * What a good plan is, in three levels.
 * <ul>
 * <li><b>Hard</b>, what the day cannot do: more parcels at a locker than its free compartments take (by size, an
 * offline locker takes none; a parcel collected there takes none), more parcels than a van carries (deliveries and
 * collections together: the van is never over-full, whatever the order of its stops), and lateness, in minutes, at a locker after it closes
 * or after the shift ends (and a van back after its shift). Lateness is hard rather than medium because a parcel that
 * arrives after closing is not delivered either: better to say so (unrouted) than to promise it.</li>
 * <li><b>Medium</b>: parcels left unrouted, one each, so that the solver routes every parcel it can before it
 * saves a metre.</li>
 * <li><b>Soft</b>: metres driven, depot to depot, plus {@value #METRES_PER_PREFERENCE_RANK} m for each step a parcel
 * is away from the customer's choice: the solver sends a parcel to the retailer's second locker only where that
 * saves more than that much driving, or where the first has no room.</li>
 * </ul>
 * Stops on no route cost nothing but their parcels count as unrouted; a stop on a route without parcels costs its
 * detour, so the solver drops it.
 */
public class RoutingConstraints implements ConstraintProvider {

    /** What leaving the customer's chosen locker is worth in driving: about five minutes of a van in town. */
    public static final long METRES_PER_PREFERENCE_RANK = 2_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                compartments(factory),
                vanCapacity(factory),
                lateness(factory),
                unroutedParcel(factory),
                parcelAtStopOffRoute(factory),
                metresDriven(factory),
                preference(factory)
        };
    }

    Constraint compartments(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LockerStop.class)
                .filter(stop -> !stop.getParcels().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, stop -> CompartmentFit.overflow(stop.getLocker(),
                        stop.getParcels().stream().filter(ParcelDrop::needsCompartment).map(ParcelDrop::getSize)
                                .toList()))
                .asConstraint("free compartments by size");
    }

    Constraint vanCapacity(ConstraintFactory factory) {
        return factory.forEach(LockerStop.class)
                .groupBy(LockerStop::getCourier, ConstraintCollectors.sum(stop -> stop.getParcels().size()))
                .filter((courier, parcels) -> parcels > courier.getShift().capacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (courier, parcels) -> parcels - courier.getShift().capacity())
                .asConstraint("van capacity");
    }

    /**
     * Grouped by van, so that the clock runs again over the whole route (in the van's order) whenever one of its stops
     * changes: its place in the route or its parcels, which change no list of the van's.
     */
    Constraint lateness(ConstraintFactory factory) {
        return factory.forEach(LockerStop.class)
                .groupBy(LockerStop::getCourier, ConstraintCollectors.toList())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (courier, stopsOfCourier) -> courier.drive().minutesLate())
                .asConstraint("late at a locker or back after the shift");
    }

    Constraint unroutedParcel(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ParcelDrop.class)
                .filter(parcel -> parcel.getStop() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("parcel unrouted");
    }

    Constraint parcelAtStopOffRoute(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(LockerStop.class)
                .filter(stop -> stop.getCourier() == null && !stop.getParcels().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, stop -> stop.getParcels().size())
                .asConstraint("parcel at a stop no van drives to");
    }

    Constraint metresDriven(ConstraintFactory factory) {
        return factory.forEach(LockerStop.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, stop -> Math.round(stop.metresDriven()))
                .asConstraint("metres driven");
    }

    Constraint preference(ConstraintFactory factory) {
        return factory.forEach(ParcelDrop.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        parcel -> METRES_PER_PREFERENCE_RANK * parcel.preferenceRank())
                .asConstraint("away from the customer's choice");
    }
}
