package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A code typed on a locker's keypad, as the Shepherd passes it to the Core, and the Core's answer: accepted with
 * the compartment and the impulse that opens it, or refused with a reason for the keypad's screen.
 */
public record CodeEntryView(
        @Schema(example = "048213") String code,
        @Schema(example = "true") Boolean accepted,
        @Schema(example = "A4") String compartment,
        @Schema(example = "3f1c9a0e-52d7-4c1b-9e47-0b6f7c2a8d15") String impulse,
        String reason) {

    public static CodeEntryView of(String code) {
        return new CodeEntryView(code, null, null, null, null);
    }
}
