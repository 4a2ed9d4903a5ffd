package io.lockernet.core.reservation.entity;

/** A reservation just made, with the one and only time its pickup code is seen in clear. */
public record Reserved(Reservation reservation, String compartment, String size, String pickupCode) {
}
