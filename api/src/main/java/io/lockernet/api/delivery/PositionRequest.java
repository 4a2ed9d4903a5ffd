package io.lockernet.api.delivery;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the courier is now (the phone's position, or a van's tracker). */
public record PositionRequest(
        @Schema(example = "52.5201") @NotNull(message = "is required")
        @DecimalMin(value = "-90", message = "is at least -90") @DecimalMax(value = "90", message = "is at most 90")
        Double latitude,
        @Schema(example = "13.4050") @NotNull(message = "is required")
        @DecimalMin(value = "-180", message = "is at least -180")
        @DecimalMax(value = "180", message = "is at most 180") Double longitude) {
}
