package io.lockernet.partner.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DwellTimesTest {

    @Test
    void nothingPickedUpHasNoDwellTimes() {
        DwellTimes none = DwellTimes.of(List.of());
        assertEquals(0, none.count());
        assertNull(none.p50Minutes());
        assertNull(none.maxMinutes());
    }

    @Test
    void oneParcelIsItsOwnMedianPercentileAndMaximum() {
        DwellTimes one = DwellTimes.of(List.of(Duration.ofSeconds(90)));
        assertEquals(1, one.count());
        assertEquals(1.5, one.p50Minutes());
        assertEquals(1.5, one.p90Minutes());
        assertEquals(1.5, one.maxMinutes());
    }

    @Test
    void percentilesAreNearestRankOfTheSortedDwellTimes() {
        // 1 to 10 hours, shuffled: the median is the 5th value, the 90th percentile the 9th
        List<Duration> dwells = IntStream.of(7, 3, 10, 1, 5, 9, 2, 8, 4, 6).mapToObj(Duration::ofHours).toList();
        DwellTimes times = DwellTimes.of(dwells);
        assertEquals(10, times.count());
        assertEquals(300.0, times.p50Minutes());
        assertEquals(540.0, times.p90Minutes());
        assertEquals(600.0, times.maxMinutes());
    }

    @Test
    void minutesAreRoundedToHundredths() {
        assertEquals(0.08, DwellTimes.of(List.of(Duration.ofMillis(4_700))).maxMinutes());
    }
}
