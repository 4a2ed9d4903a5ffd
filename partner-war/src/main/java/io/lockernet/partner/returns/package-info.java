/**
 * Returns: a customer brings a collected order back by dropping it into a locker compartment that the Core holds
 * empty for it, opened at the keypad with a one-time return code sent by e-mail; staff then take it out and the order
 * is RETURNED.
 */
package io.lockernet.partner.returns;
