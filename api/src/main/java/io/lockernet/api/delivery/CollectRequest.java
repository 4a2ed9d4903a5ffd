package io.lockernet.api.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A retailer has a carrier collect the parcel its reservation holds in a locker (a customer's return dropped off, a
 * parcel its customer never collected) and bring it back.
 */
public record CollectRequest(
        @Schema(example = "5b0d7c9e-8a1f-4e2b-b3c4-d5e6f7a8b9c0") @NotBlank(message = "is required")
        @Size(max = 40, message = "has at most 40 characters") String reservation,
        @Schema(example = "swift") @NotBlank(message = "is required")
        @Pattern(regexp = "[a-z0-9-]{1,40}", message = "is 1 to 40 lower-case letters, digits or '-'") String carrier) {
}
