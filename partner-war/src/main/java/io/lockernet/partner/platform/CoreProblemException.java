package io.lockernet.partner.platform;

import io.lockernet.api.problem.Problem;

/** The Core refused or failed a request; carries the Core's problem, passed on to the caller as it is. */
public class CoreProblemException extends RuntimeException {

    private final Problem problem;

    public CoreProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
