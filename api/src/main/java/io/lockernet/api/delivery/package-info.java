/**
 * The documents of the last mile: a retailer hands parcels to a carrier for lockers (consignments), and the carrier's
 * couriers drive the routes the Core plans for them.
 */
package io.lockernet.api.delivery;
