package io.lockernet.core.reservation.control;

import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import java.time.Instant;

/**
 * A CDI event, fired in the transaction that moved a reservation on a door's close: filled (DEPOSITED), COLLECTED or
 * RETRIEVED. Areas that only tell others of it (callbacks to the retailer) observe it.
 *
 * @param parcelRef the retailer's own reference (an order, never personal data)
 * @param purpose   DEPOSIT (a parcel for a customer) or DROP_OFF (a customer's return)
 * @param openedVia how the door was opened that closed now: the impulse's channel (a client, {@code keypad},
 *                  {@code courier:<carrier>}); null when unknown
 */
public record ReservationSettled(String reservation, String retailer, String parcelRef, ReservationPurpose purpose,
                                 ReservationState state, String locker, String compartment, Instant at,
                                 String openedVia) {
}
