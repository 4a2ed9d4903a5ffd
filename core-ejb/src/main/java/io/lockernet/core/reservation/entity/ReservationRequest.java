package io.lockernet.core.reservation.entity;

import java.time.Duration;

/**
 * A retailer asks to hold a compartment: by name ({@code compartment}), or the smallest free one of at least
 * {@code size}; {@code lowHeight} asks for one a wheelchair user can reach. {@code ttl} null means the default.
 */
public record ReservationRequest(String retailer, String locker, String compartment, String size, boolean lowHeight,
                                 Duration ttl, String parcelRef, String requestedVia) {
}
