package io.lockernet.core.reservation.entity;

/** The answer to a code typed on a keypad: the compartment and impulse that open it, or why not. */
public record CodeOutcome(boolean accepted, String compartment, String impulse, String reason) {

    public static CodeOutcome opens(String compartment, String impulse) {
        return new CodeOutcome(true, compartment, impulse, null);
    }

    public static CodeOutcome refused(String reason) {
        return new CodeOutcome(false, null, null, reason);
    }
}
