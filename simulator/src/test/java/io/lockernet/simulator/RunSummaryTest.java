package io.lockernet.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.RunSummary.Count;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Summaries of the children of a split run travel as JSON lines and add up to one summary. */
class RunSummaryTest {

    @Test
    void aSummaryComesBackWhole() {
        RunSummary summary = summary(3, 2, LongStream.rangeClosed(1, 100).map(i -> i * 1_000).toArray(),
                Map.of(1006, 2L), Map.of(4429, 1L));

        RunSummary back = RunSummary.fromJson(summary.toJson()).orElseThrow();

        assertEquals(print(summary), print(back));
        assertEquals(3, back.count(Count.LOCKERS));
        assertFalse(summary.toJson().contains("\n"), "one line");
    }

    @Test
    void childSummariesAddUpCountersCodesAndRoundTrips() {
        RunSummary fast = summary(8_000, 1, LongStream.rangeClosed(1, 90).map(i -> 1_000).toArray(),
                Map.of(1006, 2L), Map.of(4429, 1L));
        RunSummary slow = summary(2_000, 0, LongStream.rangeClosed(1, 10).map(i -> 500_000).toArray(),
                Map.of(1006, 1L, 4401, 3L), Map.of());

        RunSummary total = RunSummary.fromJson(fast.toJson()).orElseThrow()
                .plus(RunSummary.fromJson(slow.toJson()).orElseThrow());

        assertEquals(10_000, total.count(Count.LOCKERS));
        assertEquals(1, total.count(Count.HOSTILE_LOCKERS));
        assertEquals(10_000 - 6, total.count(Count.EVER_WELCOMED));
        String printed = print(total);
        assertTrue(printed.contains("lockers: 10000 configured, 9994 welcomed at least once, 9992 connected"), printed);
        assertTrue(printed.contains("p50 1.000, p90 1.000, p99 50"), printed);
        assertTrue(printed.contains("(100 samples)"), printed);
        assertTrue(printed.contains("errors: 6 failed or refused connections (1006 x3, 4401 x3)"), printed);
        assertTrue(printed.contains("hostile lockers refused: 1 of 1 (4429 x1)"), printed);
        assertTrue(printed.contains("messages: 20000 sent, 30000 received"), printed);
    }

    @Test
    void otherOutputIsNoSummaryAndABrokenSummaryIsAnError() {
        assertEquals(Optional.empty(), RunSummary.fromJson("readings sent: 10 of 10 in 1.0 s (10/s)"));
        assertEquals(Optional.empty(), RunSummary.fromJson("{\"some\":\"json\"}"));
        assertThrows(IllegalArgumentException.class,
                () -> RunSummary.fromJson("{\"" + RunSummary.FORMAT + "\":1,\"counts\":"));
    }

    @Test
    void theHostileLineIsLeftOutWhenNoLockerWasHostile() {
        assertFalse(print(summary(1, 0, new long[0], Map.of(), Map.of())).contains("hostile"));
    }

    /** Every locker welcomed but those that failed; two connected fewer than welcomed; round trips in µs. */
    private static RunSummary summary(long lockers, long hostile, long[] roundTripMicros, Map<Integer, Long> failures,
                                      Map<Integer, Long> refusals) {
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        counts.put(Count.LOCKERS, lockers);
        counts.put(Count.HOSTILE_LOCKERS, hostile);
        counts.put(Count.EVER_WELCOMED, lockers - failed);
        counts.put(Count.CONNECTED_AT_END, lockers - failed - 1);
        counts.put(Count.MESSAGES_SENT, 2 * lockers);
        counts.put(Count.MESSAGES_RECEIVED, 3 * lockers);
        Histogram histogram = new Histogram(3);
        LongStream.of(roundTripMicros).forEach(histogram::recordValue);
        return new RunSummary(counts, failures, refusals, histogram);
    }

    private static String print(RunSummary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
