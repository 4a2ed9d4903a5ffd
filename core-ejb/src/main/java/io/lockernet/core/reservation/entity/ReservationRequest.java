package io.lockernet.core.reservation.entity;

import java.time.Duration;

/**
 * A retailer asks to hold a compartment: by name ({@code compartment}), or the smallest free one of at least
 * {@code size}; {@code lowHeight} asks for one a wheelchair user can reach. {@code ttl} null means the default.
 * {@code purpose} null means a deposit by staff; {@link ReservationPurpose#DROP_OFF} holds the compartment empty for a
 * customer's return, and its code (the return code) opens it at the keypad within the time to live.
 */
public record ReservationRequest(String retailer, String locker, String compartment, String size, boolean lowHeight,
                                 Duration ttl, String parcelRef, String requestedVia, ReservationPurpose purpose) {

    public ReservationRequest {
        purpose = purpose == null ? ReservationPurpose.DEPOSIT : purpose;
    }
}
