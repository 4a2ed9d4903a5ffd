package io.lockernet.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LockerSeriesTest {

    @Test
    void withTwoShepherdsOddLockersAreOnTheFirstAndEvenOnesOnTheSecondEachFallingBackOnTheOther() {
        assertEquals(List.of(new LockerAssignment("L-0001", 1, 2), new LockerAssignment("L-0002", 2, 1),
                        new LockerAssignment("L-0003", 1, 2)),
                new LockerSeries(1, 3, 2).assignments());
    }

    @Test
    void lockersGoRoundTheShepherdsFromTheFirstLockerAsked() {
        assertEquals(List.of(new LockerAssignment("L-0005", 2, 3), new LockerAssignment("L-0006", 3, 1),
                        new LockerAssignment("L-0007", 1, 2)),
                new LockerSeries(5, 3, 3).assignments());
    }

    @Test
    void withOneShepherdThereIsNoFallback() {
        assertEquals(new LockerAssignment("L-0002", 1), new LockerSeries(1, 2, 1).assignments().get(1));
    }

    @Test
    void idsKeepFourDigitsAndGrowPastThem() {
        assertEquals("L-0042", LockerSeries.lockerId(42));
        assertEquals("L-10000", LockerSeries.lockerId(10_000));
    }

    @Test
    void slicesAreConsecutiveAndCoverTheSeriesExactly() {
        LockerSeries whole = new LockerSeries(1, 20_000, 2);

        assertEquals(List.of(new LockerSeries(1, 8_000, 2), new LockerSeries(8_001, 8_000, 2),
                new LockerSeries(16_001, 4_000, 2)), whole.slices(8_000));
        assertEquals(List.of(whole), whole.slices(20_000));
        assertEquals(List.of(new LockerSeries(11, 2, 2), new LockerSeries(13, 1, 2)),
                new LockerSeries(11, 3, 2).slices(2));
    }

    @Test
    void sharesOfAnAmountAreProportionalAndAddUpExactly() {
        LockerSeries whole = new LockerSeries(1, 10, 2);
        List<LockerSeries> slices = whole.slices(4);

        List<Long> shares = slices.stream().map(slice -> slice.share(7, whole)).toList();

        assertEquals(7, shares.stream().mapToLong(Long::longValue).sum());
        assertEquals(List.of(80L, 80L, 40L), slices.stream().map(slice -> slice.share(200, whole)).toList());
    }

    @Test
    void theLeadingHostileLockersFallInTheFirstSlices() {
        LockerSeries whole = new LockerSeries(1, 10, 2);
        List<LockerSeries> slices = whole.slices(4);

        assertEquals(List.of(4, 2, 0), slices.stream().map(slice -> slice.leadingIn(6, whole)).toList());
        assertEquals(List.of(0, 0, 0), slices.stream().map(slice -> slice.leadingIn(0, whole)).toList());
        assertEquals(10, IntStream.range(0, 3).map(i -> slices.get(i).leadingIn(99, whole)).sum());
    }

    @Test
    void anEmptySeriesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LockerSeries(1, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new LockerSeries(0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new LockerSeries(1, 1, 0));
    }
}
