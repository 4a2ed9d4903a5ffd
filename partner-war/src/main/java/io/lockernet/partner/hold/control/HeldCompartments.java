package io.lockernet.partner.hold.control;

import io.lockernet.partner.compartment.control.CompartmentHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The compartment area's question, answered from every kind of hold. */
@ApplicationScoped
public class HeldCompartments implements CompartmentHolds {

    @Inject
    Holds holds;

    @Override
    public boolean held(String locker, String compartment) {
        return holds.held(locker, compartment);
    }
}
