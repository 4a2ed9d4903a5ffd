package io.lockernet.shepherd.link.control;

/** The token a locker presented is missing, malformed, forged, expired or not a locker's token. */
public class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String message) {
        super(message);
    }
}
