package io.lockernet.core.reservation.control;

import jakarta.ejb.ApplicationException;

/** No such reservation, or not one of the caller's retailer: the two are told apart to nobody. */
@ApplicationException(rollback = true)
public class UnknownReservationException extends RuntimeException {
    public UnknownReservationException(String id) {
        super("no reservation '" + id + "'");
    }
}
