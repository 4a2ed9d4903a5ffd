/**
 * Impulses: commands to a lock, each with an id that travels from whoever asked, through the Core and a Shepherd, to
 * the lock and back with the door events. One compartment has at most one live impulse; an impulse past its deadline
 * never fires.
 */
package io.lockernet.core.impulse;
