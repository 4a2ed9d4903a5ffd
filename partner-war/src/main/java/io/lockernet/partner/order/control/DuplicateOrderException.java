package io.lockernet.partner.order.control;

import io.lockernet.partner.platform.ConflictException;

/** An order with this reference exists already. */
public class DuplicateOrderException extends ConflictException {
    public DuplicateOrderException(String message) {
        super(message);
    }
}
