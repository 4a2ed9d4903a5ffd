/**
 * Opening a compartment for a member of staff: ask the Core, wait for the locker to report the door open, and keep
 * a record of who asked in this retailer's own database.
 */
package io.lockernet.partner.compartment;
