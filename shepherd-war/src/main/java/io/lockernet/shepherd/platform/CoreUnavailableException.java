package io.lockernet.shepherd.platform;

/** The Core could not be asked (unreachable, or it answered with an error). */
public class CoreUnavailableException extends RuntimeException {
    public CoreUnavailableException(String message) {
        super(message);
    }

    public CoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
