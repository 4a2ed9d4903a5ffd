package io.lockernet.partner.compartment.control;

/**
 * The door of one of this retailer's compartments closed after one of its impulses (a CDI event): each area asks the
 * Core how its own holds there stand now (parcels, returns).
 */
public record DoorClosed(String locker, String compartment) {
}
