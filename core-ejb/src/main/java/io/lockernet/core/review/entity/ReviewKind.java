package io.lockernet.core.review.entity;

/** What the reconciliation found. */
public enum ReviewKind {
    /** The Core believes the door open, the device last said closed, or the other way round. */
    DOOR_MISMATCH,
    /** The device sees something in a compartment the Core believes empty (or nothing in an occupied one). */
    OCCUPANCY_MISMATCH,
    /** A reservation still holds its compartment although its time to live has passed. */
    RESERVATION_OVERDUE,
    /** An impulse has not reached an end long after it should have. */
    IMPULSE_STUCK
}
