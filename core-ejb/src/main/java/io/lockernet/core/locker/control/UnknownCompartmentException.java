package io.lockernet.core.locker.control;

import jakarta.ejb.ApplicationException;

/** The locker has no compartment of this name (or has not announced its compartments yet). */
@ApplicationException(rollback = true)
public class UnknownCompartmentException extends RuntimeException {
    public UnknownCompartmentException(String locker, String compartment) {
        super("locker '" + locker + "' has no compartment '" + compartment + "'");
    }
}
