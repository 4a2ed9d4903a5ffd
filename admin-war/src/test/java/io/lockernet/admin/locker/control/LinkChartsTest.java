package io.lockernet.admin.locker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.core.LinkHistoryView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkChartsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:20:00Z");
    private static final Instant FIRST = Instant.parse("2026-12-03T07:00:00Z");

    private static LinkHistoryView.Outage outage(String from, String to) {
        return new LinkHistoryView.Outage(Instant.parse(from), to == null ? null : Instant.parse(to), 0);
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void theHoursAreTheClockHoursEndingWithTheCurrentOne() {
        assertEquals(FIRST, LinkCharts.firstHour(NOW, 4));
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), LinkCharts.firstHour(NOW, 1));
    }

    @Test
    void anOutageWithinOneHourCountsThereOnly() {
        long[] seconds = LinkCharts.secondsPerHour(List.of(outage("2026-12-03T08:10:00Z", "2026-12-03T08:10:45Z")),
                FIRST, 4, NOW);
        assertArrayEquals(new long[] {0, 45, 0, 0}, seconds);
    }

    @Test
    void anOutageAcrossHoursIsSplitAtTheHour() {
        long[] seconds = LinkCharts.secondsPerHour(List.of(outage("2026-12-03T07:59:00Z", "2026-12-03T09:00:30Z")),
                FIRST, 4, NOW);
        assertArrayEquals(new long[] {60, 3600, 30, 0}, seconds);
    }

    @Test
    void anOutageStillGoingOnCountsUpToNowAndOneFromBeforeThePeriodFromItsStart() {
        long[] seconds = LinkCharts.secondsPerHour(List.of(outage("2026-12-03T05:00:00Z", "2026-12-03T07:00:10Z"),
                outage("2026-12-03T10:19:00Z", null)), FIRST, 4, NOW);
        assertArrayEquals(new long[] {10, 0, 0, 60}, seconds);
    }

    @Test
    void twoOutagesInOneHourAddUp() {
        long[] seconds = LinkCharts.secondsPerHour(List.of(outage("2026-12-03T09:00:00Z", "2026-12-03T09:00:20Z"),
                outage("2026-12-03T09:30:00Z", "2026-12-03T09:30:05Z")), FIRST, 4, NOW);
        assertEquals(25, seconds[2]);
    }

    @Test
    void theChartsGetRoundTripsInTimeAndOneBarPerHour() {
        LinkHistoryView history = new LinkHistoryView("L-0001", 4,
                List.of(new LinkHistoryView.RoundTrip(Instant.parse("2026-12-03T09:00:00Z"), 3.5, 11.0, 14.0, 10),
                        new LinkHistoryView.RoundTrip(Instant.parse("2026-12-03T09:05:00Z"), null, null, null, 0)),
                List.of(outage("2026-12-03T08:10:00Z", "2026-12-03T08:10:45Z")));
        JsonObject charts = parse(LinkCharts.json(history, NOW));
        assertEquals(2, charts.getJsonArray("roundTrips").size());
        JsonObject point = charts.getJsonArray("roundTrips").getJsonObject(0);
        assertEquals(Instant.parse("2026-12-03T09:00:00Z").toEpochMilli(), point.getJsonNumber("t").longValue());
        assertEquals(11.0, point.getJsonNumber("p99").doubleValue());
        assertTrue(charts.getJsonArray("roundTrips").getJsonObject(1).isNull("p50"));
        assertEquals(4, charts.getJsonArray("outageHours").size());
        assertEquals(45, charts.getJsonArray("outageHours").getJsonObject(1).getInt("seconds"));
        assertEquals(45, charts.getInt("secondsDown"));
        assertEquals(NOW.toEpochMilli(), charts.getJsonNumber("to").longValue());
    }
}
