package io.lockernet.api.core;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** To whom an alarm or a service ticket goes: an operator's user name; absent or null gives it to nobody. */
public record Assignee(
        @Schema(example = "fleet-north", nullable = true)
        @Size(min = 1, max = 120, message = "has 1 to 120 characters")
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "is a user name: letters, digits and . _ @ -")
        String assignee) {
}
