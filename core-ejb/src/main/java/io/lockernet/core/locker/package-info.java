/**
 * Lockers and their compartments as the Core knows them: which Shepherd a locker is assigned to, which retailers may
 * use it, whether it is online, and the live impulse each compartment holds.
 */
package io.lockernet.core.locker;
