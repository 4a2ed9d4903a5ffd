package io.lockernet.routing.boundary;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.lockernet.routing.control.PlanAssembler;
import io.lockernet.routing.control.PlanScorer;
import io.lockernet.routing.control.RouteSolution;
import io.lockernet.routing.control.RoutingModel;
import io.lockernet.routing.control.WarmStart;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import java.time.Duration;
import java.util.Objects;

/**
 * Plans couriers' routes into lockers with Timefold Solver (local search over which allowed locker each parcel goes to
 * and in which order each van drives to its lockers; the model is in {@code RoutingConstraints}). Thread-safe: each
 * call solves on its own. A call returns after its time limit at the latest (plus the time to score and copy the
 * answer, milliseconds), and earlier once the best plan has not improved for {@link #DEFAULT_UNIMPROVED} (or the
 * limit given to the constructor), which ends small problems and most re-plans long before their limit.
 */
public final class RoutePlanner {

    /** How long the solver goes on without finding a better plan before it stops. */
    public static final Duration DEFAULT_UNIMPROVED = Duration.ofSeconds(2);

    private final SolverFactory<RouteSolution> solvers;
    private final PlanScorer scorer;
    private final NearestNeighbour baseline;
    private final Duration unimproved;

    public RoutePlanner() {
        this(DEFAULT_UNIMPROVED);
    }

    /** @param unimproved how long the solver searches on without improving before it stops */
    public RoutePlanner(Duration unimproved) {
        this.solvers = RoutingModel.solverFactory();
        this.scorer = new PlanScorer(solvers);
        this.baseline = new NearestNeighbour(scorer);
        this.unimproved = Objects.requireNonNull(unimproved, "unimproved");
    }

    /** A plan from scratch: the {@link NearestNeighbour} plan, improved for at most {@code limit}. */
    public RoutePlan plan(RoutingProblem problem, Duration limit) {
        long start = System.nanoTime();
        var first = baseline.plan(problem);
        var left = limit.minusNanos(System.nanoTime() - start);
        return improve(first, problem, left.isNegative() ? Duration.ZERO : left);
    }

    /**
     * A plan for a changed problem, starting from the current plan: each parcel keeps its locker and each van its order
     * of lockers where that still stands; parcels of a locker now offline, full or no longer allowed, and parcels new
     * to the problem, first go to their most preferred routed locker with room (or stay unrouted) and the solver
     * improves from there. Stops already made are the caller's: it leaves delivered parcels out of {@code changed}.
     * A current plan that routes nothing (the first of the day) is planned from scratch, as by {@link #plan}.
     */
    public RoutePlan replan(RoutePlan current, RoutingProblem changed, Duration limit) {
        if (current.lockerOfParcel().isEmpty()) {
            // nothing to keep: the baseline starts the search far better than a plan that routes nothing
            return plan(changed, limit);
        }
        return improve(current, changed, limit);
    }

    private RoutePlan improve(RoutePlan current, RoutingProblem changed, Duration limit) {
        var start = WarmStart.repair(WarmStart.load(changed, current));
        // Timefold takes whole milliseconds, and at least one
        var spent = Duration.ofMillis(Math.max(1, limit.toMillis()));
        var termination = new TerminationConfig()
                .withSpentLimit(spent)
                .withUnimprovedSpentLimit(unimproved.compareTo(spent) < 0
                        ? Duration.ofMillis(Math.max(1, unimproved.toMillis())) : spent);
        var solver = solvers.buildSolver(new SolverConfigOverride<RouteSolution>().withTerminationConfig(termination));
        var best = solver.solve(start);
        return scorer.scored(changed, PlanAssembler.assemble(changed, PlanAssembler.tours(best)));
    }
}
