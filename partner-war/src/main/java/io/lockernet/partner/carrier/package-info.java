/**
 * Orders handed to a carrier: the Core plans the courier's route to one of the store's lockers, and once the courier
 * has put the parcel in, the order gets its parcel and the customer the pickup code, as after a deposit by staff.
 */
package io.lockernet.partner.carrier;
