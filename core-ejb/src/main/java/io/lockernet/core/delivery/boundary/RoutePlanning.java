package io.lockernet.core.delivery.boundary;

import io.lockernet.core.delivery.control.DeliverySettings;
import io.lockernet.core.delivery.control.RoutingProblems;
import io.lockernet.core.delivery.control.WallClock;
import io.lockernet.routing.entity.PlannedRoute;
import io.lockernet.routing.entity.PlannedStop;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.boundary.RoutePlanner;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every five seconds: carriers whose routes are due (something changed since their last plan) are planned again with
 * the solver, starting from the routes as they are (a re-plan moves what must move and little else). Solving runs
 * outside any transaction, for seconds; reading the problem and applying each placement are short transactions of
 * their own ({@link RoutePlans}). A singleton's timer does not overlap itself, and a lease on the carrier keeps the
 * other servers of a cluster from planning it at the same time. Every ten minutes, every carrier with parcels in hand
 * is planned again anyway (what no event told of), and positions of past days are forgotten.
 */
@Singleton
@DependsOn("CoreSchema") // its timers tick once the Core's schema is migrated, not during the first deployment
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutePlanning {

    private static final Logger LOG = Logger.getLogger(RoutePlanning.class.getName());
    /** Beyond the solving limit: applying a plan's placements, one transaction each. */
    private static final Duration LEASE_SLACK = Duration.ofMinutes(2);
    static final String NOWHERE = "no locker it may go to is online with a free compartment of its size, or no "
            + "courier on shift can reach one in time";
    static final String UNREACHED = "its locker is offline, or no courier on shift can reach it while it is open";

    @EJB
    RoutePlans plans;

    @Inject
    DeliverySettings settings;

    private RoutePlanner planner;

    @PostConstruct
    void start() {
        planner = new RoutePlanner(settings.unimproved());
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "route planning")
    void planDue() {
        for (String carrier : plans.dirtyCarriers()) {
            try {
                if (plans.claim(carrier, settings.solveLimit().plus(LEASE_SLACK))) {
                    plan(carrier);
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "planning carrier " + carrier + "'s routes failed; next try in 2 s: " + e);
            }
        }
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "route planning housekeeping")
    void tidy() {
        try {
            plans.tidy();
        } catch (RuntimeException e) {
            LOG.warning(() -> "route planning housekeeping failed; next in 10 min: " + e);
        }
    }

    private void plan(String carrier) {
        long started = System.nanoTime();
        RoutingProblems.Snapshot snapshot = plans.snapshot(carrier);
        RoutePlan plan = planner.replan(snapshot.current(), snapshot.problem(), settings.solveLimit());
        boolean clean = true;
        for (PlannedRoute route : plan.routes()) {
            int order = 0;
            for (PlannedStop stop : route.stops()) {
                for (String parcel : stop.parcels()) {
                    RoutePlans.Placement placement = new RoutePlans.Placement(stop.locker(), route.courier(), order++,
                            WallClock.at(snapshot.day(), stop.arrivalMinute(), settings.zone()), stop.late());
                    clean &= applied(() -> plans.place(parcel, placement), parcel);
                }
            }
        }
        for (String parcel : plan.unrouted()) {
            clean &= applied(() -> plans.unrouted(parcel, NOWHERE, UNREACHED), parcel);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        plans.planned(carrier, snapshot.changes(), plan.metres(), plan.lateStops(), plan.unrouted().size(), millis);
        if (!clean) {
            plans.again(carrier);
        }
        LOG.info(() -> "carrier " + carrier + ": " + plan.routes().stream().mapToInt(r -> r.stops().size()).sum()
                + " stops, " + Math.round(plan.metres()) + " m, " + plan.lateStops() + " late, " + plan.unrouted().size()
                + " unrouted, planned in " + millis + " ms");
    }

    /** One placement; one that cannot be made now (its compartment taken meanwhile) waits for the next plan. */
    private static boolean applied(Runnable placement, String parcel) {
        try {
            placement.run();
            return true;
        } catch (RuntimeException e) {
            LOG.info(() -> "consignment " + parcel + " could not be placed as planned (next plan): " + e.getMessage());
            return false;
        }
    }
}
