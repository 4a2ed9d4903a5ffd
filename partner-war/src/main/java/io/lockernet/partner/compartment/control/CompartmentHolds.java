package io.lockernet.partner.compartment.control;

/**
 * Whether one of this retailer's holds (a parcel, a return) keeps a compartment: such a compartment opens only for
 * its hold's own steps or a manager's emergency open. Declared here, where it is asked, and answered by the hold
 * area above, which this area does not import.
 */
public interface CompartmentHolds {

    boolean held(String locker, String compartment);
}
