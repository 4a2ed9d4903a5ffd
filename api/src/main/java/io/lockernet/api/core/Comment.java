package io.lockernet.api.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's comment on an alarm or a service ticket, for its history. */
public record Comment(
        @Schema(example = "the store manager is on the way")
        @NotBlank(message = "is required")
        @Size(max = 500, message = "has at most 500 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters")
        String text) {
}
