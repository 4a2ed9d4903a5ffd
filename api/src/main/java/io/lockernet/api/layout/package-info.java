/**
 * A locker's layout: its modules (columns) left to right and their compartments top to bottom, from a catalogue of
 * module kinds and compartment types; the rules a layout must keep; and where each compartment then stands. Shared by
 * the Core (which keeps and checks layouts), the Admin Panel's layout wizard and the simulator (which applies them).
 */
package io.lockernet.api.layout;
