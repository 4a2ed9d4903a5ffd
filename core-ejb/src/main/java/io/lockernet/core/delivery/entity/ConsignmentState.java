package io.lockernet.core.delivery.entity;

/** Where a parcel in a carrier's hands stands. */
public enum ConsignmentState {
    /** Not routed yet, or nowhere to go for now (the note says why): the next plan tries again. */
    WAITING,
    /** A compartment is held for it and a courier's route brings it there. */
    ROUTED,
    /** In its compartment: the retailer tells the customer the pickup code. */
    DEPOSITED,
    /** The courier could not deliver it (the note says why); the retailer decides what comes next. */
    FAILED
}
