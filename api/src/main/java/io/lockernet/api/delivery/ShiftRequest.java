package io.lockernet.api.delivery;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A courier starts the day's shift: from where (the depot, where the van is loaded), until when ("HH:mm" in the
 * delivery time zone) and how many parcels the van carries.
 */
public record ShiftRequest(
        @Schema(example = "52.52") @NotNull(message = "is required")
        @DecimalMin(value = "-90", message = "is at least -90") @DecimalMax(value = "90", message = "is at most 90")
        Double latitude,
        @Schema(example = "13.40") @NotNull(message = "is required")
        @DecimalMin(value = "-180", message = "is at least -180")
        @DecimalMax(value = "180", message = "is at most 180") Double longitude,
        @Schema(example = "18:00") @NotNull(message = "is required")
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00", message = "is a time of day, HH:mm") String until,
        @Schema(example = "80") @NotNull(message = "is required") @Positive(message = "is at least 1")
        @Max(value = 1000, message = "is at most 1000") Integer capacity) {
}
