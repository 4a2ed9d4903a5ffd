package io.lockernet.simulator.locker;

/** The Shepherd (or something in front of it) answered the WebSocket upgrade with an HTTP error. */
public class HandshakeRefusedException extends RuntimeException {

    private final int status;

    public HandshakeRefusedException(int status, Throwable cause) {
        super("WebSocket upgrade refused with HTTP " + status, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
