package io.lockernet.core.impulse.control;

import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.locker.entity.Compartment;
import java.util.Optional;

/**
 * What an open must ask of whatever holds compartments (the reservation area, which implements it), so that the
 * impulse area, below it, never imports it: the reservation area opens doors through impulses, impulses only ask.
 */
public interface CompartmentHolds {

    /**
     * Whether the open takes out what a reservation of the caller's retailer still holds in that compartment (a
     * customer's pickup, a staff retrieval): such opens go on after the retailer lost the locker.
     */
    boolean handsOutWhatItHolds(ImpulseRequest request);

    /** Why the open must be refused because of what the compartment holds, if it must. */
    Optional<String> refusal(ImpulseRequest request, Compartment compartment);

    /** A keypad impulse ended without the door opening: its code may be tried again. */
    void impulseEndedUnopened(Impulse impulse);
}
