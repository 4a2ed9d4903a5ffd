package io.lockernet.partner.report.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A store's report: its lockers; in the period, how many parcels were deposited, picked up, left until their pickup
 * window ended (expiries), and how many returns were dropped off and taken out by staff; the dwell times of the
 * pickups; the same counts day by day; and the occupancy now.
 */
public record StoreReport(String store, LocalDate from, LocalDate to, String timeZone, List<String> lockers,
                          long deposits, long pickups, long expiries, long returns, long returnsRetrieved,
                          DwellTimes dwell, Occupancy occupancy, List<Day> days) {

    /** One day of the period. */
    public record Day(LocalDate date, long deposits, long pickups, long expiries, long returns) {
    }

    /**
     * The store's lockers now: compartments in all and by state (AVAILABLE, RESERVED, OCCUPIED, OPEN, OUT_OF_SERVICE;
     * every retailer's, as the Core reports them), and this retailer's parcels waiting for customers and dropped-off
     * returns waiting for staff in them.
     */
    public record Occupancy(int compartments, Map<String, Integer> byState, long parcels, long returns) {
    }
}
