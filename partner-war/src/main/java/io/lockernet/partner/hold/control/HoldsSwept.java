package io.lockernet.partner.hold.control;

/**
 * A CDI event after each sweep of the holds (every {@code lockernet.partner.parcel-sweep-seconds}): an area with
 * periodic work of its own on its holds (the parcels' pickup reminders) observes it instead of scheduling its own.
 */
public record HoldsSwept() {
}
