package io.lockernet.api.privacy;

/** The key that personal data needs is not there: no keystore, an unreadable one, or a version it does not hold. */
public class MissingKeyException extends RuntimeException {

    public MissingKeyException(String message) {
        super(message);
    }

    public MissingKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
