/**
 * Link health of the lockers as the Core keeps it: outages (from the Shepherds' drop and return messages), the
 * round trips each Shepherd measured, service tickets for lockers whose link keeps flapping (one ticket, not one per
 * flap, closed by itself after a stable period or taken to closure by an operator, with its history), and the
 * thresholds that flag a locker for attention.
 */
package io.lockernet.core.link;
