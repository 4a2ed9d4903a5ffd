package io.lockernet.routing.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.lockernet.routing.RandomCity;
import io.lockernet.routing.boundary.NearestNeighbour;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutingModelTest {

    /**
     * The lateness constraint reads a van's whole route from a group of its stops, and stops learn of their parcels
     * through a shadow collection: if either missed a change, the solver would steer by a stale score. FULL_ASSERT
     * recalculates the score from scratch after every move and fails on the first difference.
     */
    @Test
    void theIncrementalScoreAgreesWithAFullRecalculationAfterEveryMove() {
        var city = RandomCity.generate(7, 8, 6, 2, 25, 50);
        var start = WarmStart.load(city, new NearestNeighbour().plan(city));
        var config = RoutingModel.solverConfig()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(1500)));
        var best = SolverFactory.<RouteSolution>create(config).buildSolver().solve(start);
        assertTrue(best.getScore().isSolutionInitialized(), String.valueOf(best.getScore()));
    }
}
