package io.lockernet.core.callback.control;

/**
 * A CDI event, fired in the transaction that paused an endpoint after too many failures in a row; observed once that
 * transaction has committed (the alarm and the retailer's other endpoints are told then, outside the lock the pause
 * held on the endpoint). {@code alertEmail} is the address the retailer gave for such news, if any.
 */
public record EndpointPaused(String retailer, String endpoint, String url, String alertEmail, int failuresInRow,
                             String lastOutcome) {
}
