package io.lockernet.core.delivery.entity;

/** Where a parcel in a carrier's hands stands. */
public enum ConsignmentState {
    /** Not routed yet, or nowhere to go for now (the note says why): the next plan tries again. */
    WAITING,
    /** On a courier's route: for a delivery a compartment is held for it; a collection's parcel waits in its own. */
    ROUTED,
    /** Delivered into its compartment: the retailer tells the customer the pickup code. */
    DEPOSITED,
    /** Collected: the courier took the parcel out of the locker and brings it back to the retailer. */
    COLLECTED,
    /** The courier could not deliver (or collect) it (the note says why); the retailer decides what comes next. */
    FAILED
}
