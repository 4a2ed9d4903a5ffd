package io.lockernet.simulator.demo;

/**
 * A call of the demo to Keycloak or a staff API that did not get the answer it needs: an HTTP status the demo does not
 * expect (0 when there was no answer at all). The demo logs it and tries again at its next turn.
 */
final class StaffApiException extends RuntimeException {

    private final int status;

    StaffApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    StaffApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    int status() {
        return status;
    }
}
