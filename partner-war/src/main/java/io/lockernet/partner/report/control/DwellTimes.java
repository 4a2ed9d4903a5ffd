package io.lockernet.partner.report.control;

import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How long parcels waited in a locker from deposit to pickup: the median, the 90th percentile (nearest rank: a value
 * some parcel really waited) and the longest, in minutes rounded to hundredths; null when nothing was picked up.
 */
public record DwellTimes(
        @Schema(example = "31") int count,
        @Schema(example = "185.0") Double p50Minutes,
        @Schema(example = "1260.5") Double p90Minutes,
        @Schema(example = "2790.0") Double maxMinutes) {

    public static DwellTimes of(List<Duration> dwells) {
        if (dwells.isEmpty()) {
            return new DwellTimes(0, null, null, null);
        }
        List<Duration> sorted = dwells.stream().sorted().toList();
        return new DwellTimes(sorted.size(), minutes(nearestRank(sorted, 0.5)), minutes(nearestRank(sorted, 0.9)),
                minutes(sorted.get(sorted.size() - 1)));
    }

    /** The smallest value that at least the fraction {@code q} of the sorted values do not exceed. */
    static Duration nearestRank(List<Duration> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static double minutes(Duration d) {
        return Math.round(d.toMillis() / 600.0) / 100.0;
    }
}
