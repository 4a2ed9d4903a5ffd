/** A courier's day on a phone: the shift, today's route stop by stop, opening compartments, a failed delivery. */
package io.lockernet.courier.route;
