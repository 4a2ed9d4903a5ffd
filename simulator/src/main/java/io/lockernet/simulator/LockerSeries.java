package io.lockernet.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A run of consecutive lockers of the standard series L-0001, L-0002, ...: {@code count} lockers from number
 * {@code first}, spread over {@code shepherds} Shepherds as the demo spreads them. Locker i belongs to shepherd
 * ((i - 1) mod shepherds) + 1, so with two Shepherds odd lockers are on shepherd-1 and even ones on shepherd-2, and
 * the next Shepherd round is its fallback.
 */
record LockerSeries(int first, int count, int shepherds) {

    LockerSeries {
        if (first < 1 || count < 1 || shepherds < 1) {
            throw new IllegalArgumentException("first locker, count and Shepherds must be 1 or more: " + first + ", "
                    + count + ", " + shepherds);
        }
    }

    /** L-0001 for 1, L-10000 for 10000. */
    static String lockerId(int number) {
        return String.format(Locale.ROOT, "L-%04d", number);
    }

    List<LockerAssignment> assignments() {
        return IntStream.range(first, first + count).mapToObj(this::assignment).toList();
    }

    LockerAssignment assignment(int number) {
        int shepherd = (number - 1) % shepherds + 1;
        int fallback = shepherds == 1 ? LockerAssignment.NO_FALLBACK : shepherd % shepherds + 1;
        return new LockerAssignment(lockerId(number), shepherd, fallback);
    }

    /** Consecutive parts of at most {@code perPart} lockers each, in order, together exactly this series. */
    List<LockerSeries> slices(int perPart) {
        List<LockerSeries> slices = new ArrayList<>();
        for (int start = first; start < first + count; start += perPart) {
            slices.add(new LockerSeries(start, Math.min(perPart, first + count - start), shepherds));
        }
        return slices;
    }

    /**
     * This slice's part of an amount spread over the whole series in proportion to the lockers (readings, a rate);
     * the parts of all slices add up to the amount exactly.
     */
    long share(long amount, LockerSeries whole) {
        long before = first - whole.first;
        return amount * (before + count) / whole.count - amount * before / whole.count;
    }

    /** How many of the whole series' first {@code leading} lockers fall in this slice. */
    int leadingIn(int leading, LockerSeries whole) {
        return Math.max(0, Math.min(count, leading - (first - whole.first)));
    }
}
