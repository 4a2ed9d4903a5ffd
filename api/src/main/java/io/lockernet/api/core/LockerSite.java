package io.lockernet.api.core;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a locker stands and when it can be reached: what a courier's route is planned with. Opening hours in the
 * delivery time zone ({@code lockernet.delivery.zone}), "HH:mm"; both left out: open day and night.
 */
public record LockerSite(
        @Schema(example = "52.5208") @NotNull(message = "is required")
        @DecimalMin(value = "-90", message = "is at least -90") @DecimalMax(value = "90", message = "is at most 90")
        Double latitude,
        @Schema(example = "13.4094") @NotNull(message = "is required")
        @DecimalMin(value = "-180", message = "is at least -180")
        @DecimalMax(value = "180", message = "is at most 180") Double longitude,
        @Schema(example = "07:00") @Pattern(regexp = HOUR, message = "is a time of day, HH:mm") String opensAt,
        @Schema(example = "22:00") @Pattern(regexp = HOUR, message = "is a time of day, HH:mm") String closesAt) {

    public static final String HOUR = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    /** "HH:mm" as minutes after midnight; null for null. */
    public static Integer minutes(String hour) {
        return hour == null ? null : Integer.parseInt(hour.substring(0, 2)) * 60 + Integer.parseInt(hour.substring(3));
    }
}
