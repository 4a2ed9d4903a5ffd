package io.lockernet.partner.returns.control;

import jakarta.ejb.ApplicationException;

/** The order or return is not in a state that allows what was asked (a return of an order not collected, say). */
@ApplicationException(rollback = true)
public class ReturnConflictException extends RuntimeException {
    public ReturnConflictException(String message) {
        super(message);
    }
}
