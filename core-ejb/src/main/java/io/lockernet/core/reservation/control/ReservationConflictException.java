package io.lockernet.core.reservation.control;

import jakarta.ejb.ApplicationException;

/** The reservation cannot be made or changed as asked: nothing free fits, or it is past the state that allows it. */
@ApplicationException(rollback = true)
public class ReservationConflictException extends RuntimeException {
    public ReservationConflictException(String message) {
        super(message);
    }
}
