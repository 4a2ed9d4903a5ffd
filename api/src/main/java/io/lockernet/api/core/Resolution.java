package io.lockernet.api.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an operator did about an alarm, a service ticket or a review item, in their words. */
public record Resolution(
        @Schema(example = "the customer was let in by the store manager")
        @NotBlank(message = "is required: say what was done")
        @Size(max = 500, message = "has at most 500 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters")
        String resolution) {
}
