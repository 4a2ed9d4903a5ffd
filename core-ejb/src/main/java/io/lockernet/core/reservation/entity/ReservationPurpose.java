package io.lockernet.core.reservation.entity;

/** What a reservation holds its compartment for, which decides who may open it with which code. */
public enum ReservationPurpose {
    /** Staff put the retailer's parcel in; the customer collects it with the pickup code. */
    DEPOSIT,
    /** A customer drops a returned parcel in with the return code; staff take it out. */
    DROP_OFF
}
