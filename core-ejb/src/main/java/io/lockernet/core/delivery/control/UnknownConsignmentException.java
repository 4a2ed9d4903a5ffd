package io.lockernet.core.delivery.control;

import jakarta.ejb.ApplicationException;

/** No such consignment for this caller: another retailer's or carrier's is never confirmed to exist. */
@ApplicationException(rollback = true)
public class UnknownConsignmentException extends RuntimeException {
    public UnknownConsignmentException(String id) {
        super("no consignment " + id);
    }
}
