package io.lockernet.api.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A retailer's Partner tells the Core of something only it knows, for the Core to send to the retailer's callback
 * endpoints: a parcel's pickup window ending soon ({@code parcel.expiring}) or ended ({@code parcel.expired}).
 * {@code id} is the Partner's own id of the event: told again (the Partner did not see the answer), it is recorded
 * once. {@code reference} is the order's reference; the other fields name the locker, compartment, reservation and
 * the window's end, never a person.
 */
public record PartnerEvent(
        @NotBlank(message = "is required") @Size(max = 60, message = "has at most 60 characters")
        @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "is letters, digits and _ . : - only") String id,
        @NotBlank(message = "is required") @Size(max = 40, message = "has at most 40 characters") String type,
        @NotBlank(message = "is required") @Size(max = 100, message = "has at most 100 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters") String reference,
        @Size(max = 40, message = "has at most 40 characters") String reservation,
        @Size(max = 40, message = "has at most 40 characters") String locker,
        @Size(max = 20, message = "has at most 20 characters") String compartment,
        Instant expiresAt,
        @NotNull(message = "is required") Instant at) {
    // one constructor only: JSON-B cannot choose between several of a record
}
