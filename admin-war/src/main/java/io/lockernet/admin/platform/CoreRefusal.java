package io.lockernet.admin.platform;

import java.util.List;

/** The Core refused or could not answer; the message is the Core's own words, fit to show the operator. */
public class CoreRefusal extends RuntimeException {

    private final int status;
    private final List<String> problems;

    public CoreRefusal(int status, String message) {
        this(status, message, List.of());
    }

    /** A refusal that lists what was wrong, one sentence each (the broken rules of a layout). */
    public CoreRefusal(int status, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** The Core's status; 0 when it could not be reached. */
    public int status() {
        return status;
    }

    /** What the Core listed as wrong, when it did; empty otherwise. */
    public List<String> problems() {
        return problems;
    }

    public boolean forbidden() {
        return status == 403;
    }
}
