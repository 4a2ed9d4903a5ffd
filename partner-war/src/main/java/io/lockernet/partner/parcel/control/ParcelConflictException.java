package io.lockernet.partner.parcel.control;

import jakarta.ejb.ApplicationException;

/** The order is not in a state that allows what was asked (a deposit of an order already in a locker, say). */
@ApplicationException(rollback = true)
public class ParcelConflictException extends RuntimeException {
    public ParcelConflictException(String message) {
        super(message);
    }
}
