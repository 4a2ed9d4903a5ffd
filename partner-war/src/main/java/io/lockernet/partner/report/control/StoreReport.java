package io.lockernet.partner.report.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A store's report: its lockers; in the period, how many parcels were deposited, picked up, left until their pickup
 * window ended (expiries), and how many returns were dropped off and taken out by staff; the dwell times of the
 * pickups; the same counts day by day; and the occupancy now.
 */
public record StoreReport(
        @Schema(example = "acme-springfield") String store,
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        @Schema(example = "Europe/Berlin") String timeZone,
        List<String> lockers,
        @Schema(example = "36") long deposits,
        @Schema(example = "31") long pickups,
        @Schema(example = "2") long expiries,
        @Schema(example = "4") long returns,
        @Schema(example = "3") long returnsRetrieved,
        DwellTimes dwell,
        Occupancy occupancy,
        List<Day> days) {

    /** One day of the period. */
    public record Day(
            @Schema(example = "2026-11-02") LocalDate date,
            @Schema(example = "2") long deposits,
            @Schema(example = "1") long pickups,
            @Schema(example = "0") long expiries,
            @Schema(example = "0") long returns) {
    }

    /**
     * The store's lockers now: compartments in all and by state (AVAILABLE, RESERVED, OCCUPIED, OPEN, OUT_OF_SERVICE;
     * every retailer's, as the Core reports them), and this retailer's parcels waiting for customers and dropped-off
     * returns waiting for staff in them.
     */
    public record Occupancy(
            @Schema(example = "16") int compartments,
            Map<String, Integer> byState,
            @Schema(example = "5") long parcels,
            @Schema(example = "1") long returns) {
    }
}
