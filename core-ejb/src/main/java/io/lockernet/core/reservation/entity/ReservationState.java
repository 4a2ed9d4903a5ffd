package io.lockernet.core.reservation.entity;

import io.lockernet.core.locker.entity.CompartmentState;

/** The life of a reservation. Only RESERVED and DEPOSITED hold their compartment. */
public enum ReservationState {
    /** Held for a parcel that is not in yet (staff's deposit, or a customer's drop-off); lapses at its time to live. */
    RESERVED,
    /** The parcel is in; the pickup code opens it (a dropped-off return: only staff's retrieval does). */
    DEPOSITED,
    /** The customer took the parcel out. */
    COLLECTED,
    /** Staff took the parcel back out. */
    RETRIEVED,
    /** The time to live passed before anything was put in. */
    EXPIRED,
    /** The retailer gave it up before anything was put in. */
    CANCELLED;

    public boolean holdsCompartment() {
        return this == RESERVED || this == DEPOSITED;
    }

    /** The state of the held compartment while its door is closed. */
    public CompartmentState compartmentState() {
        return switch (this) {
            case RESERVED -> CompartmentState.RESERVED;
            case DEPOSITED -> CompartmentState.OCCUPIED;
            default -> CompartmentState.AVAILABLE;
        };
    }
}
