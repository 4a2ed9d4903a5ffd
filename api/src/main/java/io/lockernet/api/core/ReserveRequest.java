package io.lockernet.api.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A retailer asks the Core to hold a compartment for a parcel: a named one ({@code compartment}) or the smallest
 * free one of at least {@code size} (XS–XXL), low if {@code lowHeight}. {@code ttlSeconds} (default an hour) is how long
 * the hold lasts while nothing is put in. {@code parcelRef} is the retailer's own reference, never personal data.
 * {@code purpose} is DEPOSIT (the default: staff put a parcel in, the code is the customer's pickup code) or DROP_OFF
 * (the compartment is held empty for a customer returning a parcel; the code is the return code, which opens it at the
 * keypad until the time to live ends, and only staff's retrieval takes the parcel out).
 */
public record ReserveRequest(
        @Schema(example = "L-0006")
        @NotBlank(message = "is required") @Size(max = 40, message = "has at most 40 characters") String locker,
        @Size(max = 20, message = "has at most 20 characters") String compartment,
        @Schema(example = "M") @Size(max = 10, message = "has at most 10 characters") String size,
        @Schema(example = "true") Boolean lowHeight,
        @Schema(example = "1800") @Positive(message = "is a positive number of seconds")
        @Max(value = 30L * 24 * 3600, message = "is at most 30 days (2592000 seconds)") Long ttlSeconds,
        @Schema(example = "order-4711") @Size(max = 100, message = "has at most 100 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters") String parcelRef,
        @Schema(example = "DEPOSIT") @Size(max = 20, message = "has at most 20 characters") String purpose) {
    // one constructor only: JSON-B cannot choose between several of a record
}
