package io.lockernet.core.callback.control;

/**
 * A CDI event, fired in the transaction that paused an endpoint after too many failures in a row; observed once that
 * transaction has committed (the alarm and the retailer's other endpoints are told then, outside the lock the pause
 * held on the endpoint).
 */
public record EndpointPaused(String retailer, String endpoint, int failuresInRow, String lastOutcome) {
}
