package io.lockernet.routing.control;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;

/**
 * Scores a plan with the solver's constraints, so a plan from either planner carries a score on one scale and the
 * score describes the plan as handed out (stops without parcels dropped), not the solver's working copy.
 */
public final class PlanScorer {

    private final SolutionManager<RouteSolution, ?> solutions;

    public PlanScorer(SolverFactory<RouteSolution> factory) {
        this.solutions = SolutionManager.create(factory);
    }

    public RoutePlan scored(RoutingProblem problem, RoutePlan plan) {
        var solution = WarmStart.load(problem, plan);
        return plan.withScore(String.valueOf(solutions.update(solution)));
    }
}
