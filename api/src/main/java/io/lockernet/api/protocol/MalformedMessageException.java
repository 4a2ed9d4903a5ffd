package io.lockernet.api.protocol;

/** A frame that is not a valid message of the locker protocol; the message says what is wrong with it. */
public class MalformedMessageException extends RuntimeException {
    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
