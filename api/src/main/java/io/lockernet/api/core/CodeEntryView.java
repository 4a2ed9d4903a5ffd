package io.lockernet.api.core;

/**
 * A code typed on a locker's keypad, as the Shepherd passes it to the Core, and the Core's answer: accepted with
 * the compartment and the impulse that opens it, or refused with a reason for the keypad's screen.
 */
public record CodeEntryView(String code, Boolean accepted, String compartment, String impulse, String reason) {

    public static CodeEntryView of(String code) {
        return new CodeEntryView(code, null, null, null, null);
    }
}
