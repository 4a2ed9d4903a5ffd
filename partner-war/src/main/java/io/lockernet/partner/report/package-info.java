/**
 * Reports per store for store managers: what went into and out of the store's lockers in a period (deposits,
 * pickups, expiries, returns, dwell times, day by day) from this retailer's Partner DB, and how full the lockers are now.
 */
package io.lockernet.partner.report;
