package io.lockernet.routing.boundary;

import io.lockernet.routing.control.CompartmentFit;
import io.lockernet.routing.control.Pace;
import io.lockernet.routing.control.PlanAssembler;
import io.lockernet.routing.control.PlanAssembler.Drop;
import io.lockernet.routing.control.PlanAssembler.Tour;
import io.lockernet.routing.control.PlanScorer;
import io.lockernet.routing.control.RouteClock;
import io.lockernet.routing.control.RoutingModel;
import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.Place;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import io.lockernet.routing.entity.SizeClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline a planner has to beat, and the starting plan of {@link RoutePlanner#plan}: each parcel goes to its
 * first allowed locker that is online and still has a compartment for it; then each courier in turn drives to the
 * nearest locker not yet served whose parcels all fit the van, as long as the stop and the drive home stay within the
 * locker's hours and the shift. Lockers nobody takes leave their parcels unrouted. Fast (milliseconds for hundreds of
 * parcels) and feasible by construction, but blind to what comes after the next stop.
 */
public final class NearestNeighbour {

    private final PlanScorer scorer;

    public NearestNeighbour() {
        this(new PlanScorer(RoutingModel.solverFactory()));
    }

    NearestNeighbour(PlanScorer scorer) {
        this.scorer = scorer;
    }

    public RoutePlan plan(RoutingProblem problem) {
        var pending = parcelsByLocker(problem);
        var pace = Pace.of(problem);
        var tours = new ArrayList<Tour>();
        for (var courier : problem.couriers()) {
            tours.add(drive(courier, pending, pace));
        }
        return scorer.scored(problem, PlanAssembler.assemble(problem, tours));
    }

    private static Map<LockerSite, List<String>> parcelsByLocker(RoutingProblem problem) {
        var sites = new HashMap<String, LockerSite>();
        problem.lockers().stream().filter(LockerSite::online).forEach(site -> sites.put(site.id(), site));
        var sizes = new HashMap<LockerSite, List<SizeClass>>();
        var parcels = new LinkedHashMap<LockerSite, List<String>>();
        for (var parcel : problem.parcels()) {
            for (var id : parcel.lockers()) {
                var site = sites.get(id);
                if (site == null) {
                    continue;
                }
                var withThis = new ArrayList<>(sizes.getOrDefault(site, List.of()));
                if (parcel.needsCompartment()) {
                    withThis.add(parcel.size());
                }
                if (CompartmentFit.fits(site, withThis)) {
                    sizes.put(site, withThis);
                    parcels.computeIfAbsent(site, key -> new ArrayList<>()).add(parcel.id());
                    break;
                }
            }
        }
        return parcels;
    }

    private static Tour drive(CourierShift courier, Map<LockerSite, List<String>> pending, Pace pace) {
        var drops = new ArrayList<Drop>();
        var calls = new ArrayList<RouteClock.Call>();
        Place at = courier.depot();
        int room = courier.capacity();
        while (true) {
            var from = at;
            var left = room;
            var next = pending.entrySet().stream()
                    .filter(entry -> entry.getValue().size() <= left)
                    .sorted(Comparator.comparingDouble(entry -> from.metresTo(entry.getKey().place())))
                    .filter(entry -> onTime(courier, calls, entry, pace))
                    .findFirst();
            if (next.isEmpty()) {
                return new Tour(courier, drops);
            }
            var locker = next.get().getKey();
            var parcels = pending.remove(locker);
            drops.add(new Drop(locker, parcels));
            calls.add(new RouteClock.Call(locker, parcels.size()));
            at = locker.place();
            room -= parcels.size();
        }
    }

    private static boolean onTime(CourierShift courier, List<RouteClock.Call> calls,
            Map.Entry<LockerSite, List<String>> candidate, Pace pace) {
        var withCandidate = new ArrayList<>(calls);
        withCandidate.add(new RouteClock.Call(candidate.getKey(), candidate.getValue().size()));
        return RouteClock.drive(courier, withCandidate, pace).minutesLate() == 0;
    }
}
