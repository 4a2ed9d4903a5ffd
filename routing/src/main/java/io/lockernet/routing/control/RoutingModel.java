package io.lockernet.routing.control;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * The solver's configuration in code (no XML to find on a class path inside an EAR).
 * <p>
 * Only local search runs: the planners always hand the solver a complete starting plan (the baseline's, or the current
 * one), and a construction heuristic would re-place every unrouted parcel from scratch each time, which is what makes
 * a re-plan slow. The moves are Timefold's defaults for a model with a basic and a list variable (a parcel changes or
 * swaps its stop; a stop moves, swaps or takes part in a k-opt within and between routes).
 * <p>
 * Late acceptance looks back {@value #LATE_ACCEPTANCE_SIZE} steps instead of Timefold's 400: every parcel newly routed
 * (a medium gain) lets the search accept any soft loss for as many steps as it looks back, and with 400 it spent
 * seconds walking parcels away from their customers' lockers after each gain. On the benchmark city, 10 s from the
 * nearest-neighbour plan ended at 130 km and 312 km of soft score with 400, and at 121 km and 249 with 50 (one seed,
 * the same 3 parcels unrouted).
 */
public final class RoutingModel {

    static final int LATE_ACCEPTANCE_SIZE = 50;

    private RoutingModel() {
    }

    public static SolverConfig solverConfig() {
        var acceptor = new LocalSearchAcceptorConfig();
        acceptor.setLateAcceptanceSize(LATE_ACCEPTANCE_SIZE);
        var forager = new LocalSearchForagerConfig();
        forager.setAcceptedCountLimit(1);
        var localSearch = new LocalSearchPhaseConfig();
        localSearch.setAcceptorConfig(acceptor);
        localSearch.setForagerConfig(forager);
        return new SolverConfig()
                .withSolutionClass(RouteSolution.class)
                .withEntityClasses(CourierRoute.class, LockerStop.class, ParcelDrop.class)
                .withConstraintProviderClass(RoutingConstraints.class)
                .withPhases(localSearch);
    }

    public static SolverFactory<RouteSolution> solverFactory() {
        return SolverFactory.create(solverConfig());
    }
}
