package io.lockernet.partner.returns.control;

import io.lockernet.partner.platform.ConflictException;

/** The order or return is not in a state that allows what was asked (a return of an order not collected, say). */
public class ReturnConflictException extends ConflictException {
    public ReturnConflictException(String message) {
        super(message);
    }
}
