package io.lockernet.core.locker.control;

/**
 * A CDI event, fired in the transaction that recorded a locker's {@code hello}: it is connected and the Core knows its
 * compartments now (for a locker's first connection, the first time). What waits for room at the locker may look again.
 */
public record LockerAnnounced(String locker) {
}
