/**
 * What lockers report: frames forwarded by the Shepherds on the realtime queue, recorded once each by (locker,
 * sequence number) and applied to lockers, compartments and impulses.
 */
package io.lockernet.core.device;
