package io.lockernet.api.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner deployment asks the Core to open a compartment. {@code requestedBy} is an opaque reference to the
 * person (their Keycloak subject), never a name. An open for a reservation names it and its {@code purpose}
 * (DEPOSIT or RETRIEVE); the compartment is then the reservation's, and the door's close settles it.
 */
public record OpenRequest(
        @Size(max = 40, message = "has at most 40 characters") String locker,
        @Size(max = 20, message = "has at most 20 characters") String compartment,
        @Schema(example = "f47ac10b-58cc-4372-a567-0e02b2c3d479")
        @NotBlank(message = "is required") @Size(max = 100, message = "has at most 100 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters") String requestedBy,
        @Schema(example = "5b0e2c1d-7a44-4f0e-8f7d-2b9c6e1a0f33")
        @Size(max = 60, message = "has at most 60 characters") String reservation,
        @Schema(example = "DEPOSIT") @Size(max = 20, message = "has at most 20 characters") String purpose) {
    // one constructor only: JSON-B cannot choose between several of a record
}
