package io.lockernet.core.locker.control;

import jakarta.ejb.ApplicationException;

/** No locker with this id is known to the Core. */
@ApplicationException(rollback = true)
public class UnknownLockerException extends RuntimeException {
    public UnknownLockerException(String locker) {
        super("no locker '" + locker + "'");
    }
}
