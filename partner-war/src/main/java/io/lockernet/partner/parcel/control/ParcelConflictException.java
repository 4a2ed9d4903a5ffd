package io.lockernet.partner.parcel.control;

import io.lockernet.partner.platform.ConflictException;

/** The order is not in a state that allows what was asked (a deposit of an order already in a locker, say). */
public class ParcelConflictException extends ConflictException {
    public ParcelConflictException(String message) {
        super(message);
    }
}
