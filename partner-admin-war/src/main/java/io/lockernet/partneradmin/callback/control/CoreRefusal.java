package io.lockernet.partneradmin.callback.control;

/** The Core refused or could not answer; the message is the Core's own detail, fit to show the user. */
public class CoreRefusal extends RuntimeException {

    public CoreRefusal(String message) {
        super(message);
    }
}
