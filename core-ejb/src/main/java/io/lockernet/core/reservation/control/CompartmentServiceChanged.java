package io.lockernet.core.reservation.control;

import java.time.Instant;

/**
 * A CDI event, fired in the transaction in which an operator took a compartment out of service or put it back: areas
 * that only tell others of it (callbacks to the retailers that use the locker) observe it.
 *
 * @param note why it was taken out of service; null when it is back
 */
public record CompartmentServiceChanged(String locker, String compartment, boolean inService, String note,
                                        String state, Instant at) {
}
