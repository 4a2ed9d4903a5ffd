package io.lockernet.routing.control;

import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import io.lockernet.routing.entity.SizeClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a plan into the solver's model for a (possibly changed) problem. What the plan did that still stands is kept:
 * the routes' order of lockers and each parcel's locker. What no longer stands is dropped: a locker now offline or not
 * in the problem leaves its route and its parcels become unrouted, and so does a parcel whose locker is no longer
 * allowed. {@link #repair} then takes out what the new counts forbid and places unrouted parcels where there is room,
 * so the solver starts from a plan that is feasible or close to it.
 */
public final class WarmStart {

    private WarmStart() {
    }

    /** The plan as it stands under the problem, without repair: what the scorer measures. */
    public static RouteSolution load(RoutingProblem problem, RoutePlan plan) {
        var pace = Pace.of(problem);
        var stopByLocker = new LinkedHashMap<String, LockerStop>();
        var sites = new HashMap<String, LockerSite>();
        problem.lockers().forEach(site -> sites.put(site.id(), site));
        for (var parcel : problem.parcels()) {
            for (var id : parcel.lockers()) {
                var site = sites.get(id);
                if (site != null && site.online()) {
                    stopByLocker.computeIfAbsent(id, key -> new LockerStop(site));
                }
            }
        }
        var couriers = new ArrayList<CourierRoute>();
        var routed = new HashMap<String, LockerStop>();
        var planned = new HashMap<String, List<String>>();
        plan.routes().forEach(route -> planned.put(route.courier(),
                route.stops().stream().map(stop -> stop.locker()).toList()));
        for (var shift : problem.couriers()) {
            var courier = new CourierRoute(shift, pace);
            for (var locker : planned.getOrDefault(shift.id(), List.of())) {
                var stop = stopByLocker.get(locker);
                if (stop != null && routed.putIfAbsent(locker, stop) == null) {
                    courier.getStops().add(stop);
                }
            }
            couriers.add(courier);
        }
        var lockerOfParcel = plan.lockerOfParcel();
        var parcels = new ArrayList<ParcelDrop>();
        for (var parcel : problem.parcels()) {
            var allowed = parcel.lockers().stream().map(stopByLocker::get).filter(Objects::nonNull).distinct().toList();
            var drop = new ParcelDrop(parcel, allowed);
            var stop = routed.get(lockerOfParcel.get(parcel.id()));
            drop.setStop(allowed.contains(stop) ? stop : null);
            parcels.add(drop);
        }
        return new RouteSolution(couriers, List.copyOf(stopByLocker.values()), parcels);
    }

    /**
     * Unroutes the parcels that no longer fit (their locker's compartments or their van, the later ones in the
     * problem's order first), then gives each unrouted parcel its most preferred routed locker with room, in a van
     * with room; a parcel none of whose lockers is on a route yet gets its most preferred one with room added to the
     * end of the nearest van's route with room (the solver would need two moves at once to find that: a locker going
     * offline would leave its parcels unrouted). Works on the genuine variables only: the solver sets the shadow ones
     * when it starts.
     */
    public static RouteSolution repair(RouteSolution solution) {
        var courierOf = new HashMap<LockerStop, CourierRoute>();
        solution.getCouriers().forEach(courier -> courier.getStops().forEach(stop -> courierOf.put(stop, courier)));
        var sizesAt = new HashMap<LockerStop, List<SizeClass>>();
        var load = new HashMap<CourierRoute, Integer>();
        for (var parcel : solution.getParcels()) {
            if (parcel.getStop() != null && !place(parcel, parcel.getStop(), courierOf, sizesAt, load)) {
                parcel.setStop(null);
            }
        }
        for (var parcel : solution.getParcels()) {
            if (parcel.getStop() == null) {
                parcel.getAllowedStops().stream()
                        .filter(stop -> place(parcel, stop, courierOf, sizesAt, load))
                        .findFirst()
                        .ifPresent(parcel::setStop);
            }
        }
        for (var parcel : solution.getParcels()) {
            if (parcel.getStop() == null) {
                for (var stop : parcel.getAllowedStops()) {
                    if (courierOf.containsKey(stop)) {
                        continue;
                    }
                    var nearest = nearestWithRoom(solution.getCouriers(), stop, load);
                    if (nearest != null) {
                        nearest.getStops().add(stop);
                        courierOf.put(stop, nearest);
                        if (place(parcel, stop, courierOf, sizesAt, load)) {
                            parcel.setStop(stop);
                            break;
                        }
                        nearest.getStops().remove(stop);
                        courierOf.remove(stop);
                    }
                }
            }
        }
        return solution;
    }

    /** The van with room whose route ends nearest to the stop (at its last stop, or at the depot when it has none). */
    private static CourierRoute nearestWithRoom(List<CourierRoute> couriers, LockerStop stop,
            Map<CourierRoute, Integer> load) {
        CourierRoute nearest = null;
        double best = Double.MAX_VALUE;
        for (var courier : couriers) {
            if (load.getOrDefault(courier, 0) >= courier.getShift().capacity()) {
                continue;
            }
            var stops = courier.getStops();
            var end = stops.isEmpty() ? courier.getShift().depot()
                    : stops.get(stops.size() - 1).getLocker().place();
            double metres = end.metresTo(stop.getLocker().place());
            if (metres < best) {
                best = metres;
                nearest = courier;
            }
        }
        return nearest;
    }

    private static boolean place(ParcelDrop parcel, LockerStop stop, Map<LockerStop, CourierRoute> courierOf,
            Map<LockerStop, List<SizeClass>> sizesAt, Map<CourierRoute, Integer> load) {
        var courier = courierOf.get(stop);
        if (courier == null || load.getOrDefault(courier, 0) >= courier.getShift().capacity()) {
            return false;
        }
        if (parcel.needsCompartment()) {
            var sizes = new ArrayList<>(sizesAt.getOrDefault(stop, List.of()));
            sizes.add(parcel.getSize());
            if (!CompartmentFit.fits(stop.getLocker(), sizes)) {
                return false;
            }
            sizesAt.put(stop, sizes);
        }
        load.merge(courier, 1, Integer::sum);
        return true;
    }
}
