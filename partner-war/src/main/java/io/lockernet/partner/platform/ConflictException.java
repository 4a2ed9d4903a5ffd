package io.lockernet.partner.platform;

import jakarta.ejb.ApplicationException;

/**
 * What was asked does not fit the state of things (a deposit of an order already in a locker, a second return): a 409
 * problem with this message. Each area says its own conflicts with a subclass; the transaction is rolled back.
 */
@ApplicationException(rollback = true, inherited = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
