package io.lockernet.api.rest;

import jakarta.ws.rs.ClientErrorException;

/** A body over the limit of what an operation reads: answered 413. */
public class BodyTooLargeException extends ClientErrorException {

    public BodyTooLargeException(int maxBytes) {
        super("The body may have at most " + maxBytes + " bytes.", 413);
    }
}
