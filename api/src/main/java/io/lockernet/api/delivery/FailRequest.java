package io.lockernet.api.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a courier could not deliver a parcel ("damaged", "compartment would not open", …). */
public record FailRequest(
        @Schema(example = "parcel damaged") @NotBlank(message = "is required")
        @Size(max = 200, message = "has at most 200 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters") String reason) {
}
