package io.lockernet.core.layout.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A layout the Core does not keep: each problem a sentence naming the module or compartment. */
@ApplicationException(rollback = true)
public class LayoutRejectedException extends RuntimeException {

    private final List<String> problems;

    public LayoutRejectedException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
