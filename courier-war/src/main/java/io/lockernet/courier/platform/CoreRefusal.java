package io.lockernet.courier.platform;

/** The Core refused or could not answer; the message is the Core's own words, fit to show the courier. */
public class CoreRefusal extends RuntimeException {

    private final int status;

    public CoreRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The Core's status; 0 when it could not be reached. */
    public int status() {
        return status;
    }
}
