package io.lockernet.core.link.control;

import jakarta.ejb.ApplicationException;

/** What was asked cannot be done to the service ticket as it is: it is closed (a comment may still be added). */
@ApplicationException(rollback = true)
public class TicketStateException extends RuntimeException {

    public TicketStateException(String message) {
        super(message);
    }
}
