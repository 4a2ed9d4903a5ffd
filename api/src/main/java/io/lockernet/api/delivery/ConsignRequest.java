package io.lockernet.api.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A retailer hands a parcel to a carrier, to be put into one of {@code lockers} (in the retailer's order of
 * preference: the first is the customer's choice). {@code size} is the smallest compartment it fits (XS–XXL).
 * {@code parcelRef} is the retailer's own reference, never personal data.
 */
public record ConsignRequest(
        @Schema(example = "order-4711") @NotBlank(message = "is required")
        @Size(max = 100, message = "has at most 100 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters") String parcelRef,
        @Schema(example = "swift") @NotBlank(message = "is required")
        @Pattern(regexp = "[a-z0-9-]{1,40}", message = "is 1 to 40 lower-case letters, digits or '-'") String carrier,
        @Schema(example = "M") @NotBlank(message = "is required")
        @Pattern(regexp = "XS|S|M|L|XL|XXL", message = "is one of XS, S, M, L, XL, XXL") String size,
        @Schema(example = "[\"L-0001\", \"L-0002\"]") @NotEmpty(message = "names at least one locker")
        @Size(max = 5, message = "names at most 5 lockers")
        List<@NotBlank(message = "is a locker id") @Size(max = 40, message = "has at most 40 characters") String>
                lockers) {
}
