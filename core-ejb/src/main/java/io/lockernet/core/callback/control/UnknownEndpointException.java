package io.lockernet.core.callback.control;

import jakarta.ejb.ApplicationException;

/** No such callback endpoint, or not one of the caller's retailer: the two are told apart to nobody. */
@ApplicationException(rollback = true)
public class UnknownEndpointException extends RuntimeException {
    public UnknownEndpointException(String id) {
        super("no callback endpoint '" + id + "'");
    }
}
