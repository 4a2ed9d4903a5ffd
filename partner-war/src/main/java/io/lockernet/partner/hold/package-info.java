/**
 * A compartment held by a reservation in the Core for one of this retailer's purposes: a parcel waiting for its
 * customer, a return waiting for its drop-off. The area keeps what every hold shares (the reservation, the one-time
 * code until it is mailed, the sweep that brings holds in step with the Core, the settlement on a door's close) and
 * asks each kind of hold ({@link io.lockernet.partner.hold.control.HoldKeeper}) for the rest; it imports none of them.
 */
package io.lockernet.partner.hold;
