package io.lockernet.core.locker.control;

import jakarta.ejb.ApplicationException;

/** The caller asked for an object outside its scope (another retailer's locker, say). */
@ApplicationException(rollback = true)
public class OutOfScopeException extends RuntimeException {
    public OutOfScopeException(String message) {
        super(message);
    }
}
