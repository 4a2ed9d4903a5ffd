package io.lockernet.core.device.control;

import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.locker.entity.Compartment;
import java.time.Instant;

/**
 * A CDI event, fired in the transaction that records a locker's door-closed frame: the areas that only react to it
 * (the reservation the closing impulse served) observe it, so that this area needs to know none of them.
 *
 * @param impulse           the impulse the door closed after, moved to DOOR_CLOSED; null for a close without one
 * @param settleCompartment whether this close is the latest door event (or the door is known closed now): a close
 *                          replayed after a newer event leaves the compartment's state alone
 */
public record DoorClosed(Compartment compartment, Impulse impulse, Instant at, boolean settleCompartment) {
}
