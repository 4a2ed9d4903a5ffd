/**
 * Reservations: a retailer's hold on one compartment for one parcel, with a time to live while nothing is in it,
 * and the pickup code that lets the customer open it once. Codes are kept only as salted hashes; guessing is
 * stopped by a lockout per locker.
 */
package io.lockernet.core.reservation;
