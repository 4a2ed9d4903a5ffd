/**
 * The last mile: parcels a retailer hands to a carrier for its lockers (consignments), the couriers' shifts, and the
 * routes the Core plans for them with a solver and plans again when something changes (a locker goes offline, a parcel
 * is added, a courier starts or fails a stop). A courier opens only the compartments held for its carrier's parcels;
 * the door's close settles the same reservation a store employee's deposit would.
 */
package io.lockernet.core.delivery;
