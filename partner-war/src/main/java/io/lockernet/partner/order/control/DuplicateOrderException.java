package io.lockernet.partner.order.control;

import jakarta.ejb.ApplicationException;

/** An order with this reference exists already. */
@ApplicationException(rollback = true)
public class DuplicateOrderException extends RuntimeException {
    public DuplicateOrderException(String message) {
        super(message);
    }
}
