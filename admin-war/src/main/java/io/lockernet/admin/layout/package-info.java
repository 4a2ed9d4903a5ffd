/**
 * A locker's layout as operators draw it: the wizard (modules and compartments from the catalogue, checked and saved
 * by the Core, which sends the layout to the locker) and the wiring sheet an installer wires the locks by.
 */
package io.lockernet.admin.layout;
