package io.lockernet.admin.locker.control;

import io.lockernet.api.core.LinkHistoryView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A locker's link history as the page's charts take it ({@code js/locker-charts.js}): the round trips as points in
 * time, and the outages as seconds offline in each clock hour of the period, so that a short drop and a long one
 * look as different as they were. Times are epoch milliseconds, which the script shows in the browser's zone.
 */
public final class LinkCharts {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private LinkCharts() {
    }

    /** The charts' data for {@code history} as it stood at {@code now}. */
    public static String json(LinkHistoryView history, Instant now) {
        JsonArrayBuilder roundTrips = JSON.createArrayBuilder();
        for (LinkHistoryView.RoundTrip r : history.roundTrips()) {
            JsonObjectBuilder point = JSON.createObjectBuilder().add("t", r.at().toEpochMilli());
            number(point, "p50", r.p50Ms());
            number(point, "p99", r.p99Ms());
            number(point, "max", r.maxMs());
            roundTrips.add(point);
        }
        Instant first = firstHour(now, history.hours());
        long[] seconds = secondsPerHour(history.outages(), first, history.hours(), now);
        JsonArrayBuilder hours = JSON.createArrayBuilder();
        long down = 0;
        for (int h = 0; h < seconds.length; h++) {
            hours.add(JSON.createObjectBuilder().add("t", first.plus(Duration.ofHours(h)).toEpochMilli())
                    .add("seconds", seconds[h]));
            down += seconds[h];
        }
        return JSON.createObjectBuilder().add("locker", history.locker()).add("hours", history.hours())
                .add("from", now.minus(Duration.ofHours(history.hours())).toEpochMilli()).add("to", now.toEpochMilli())
                .add("roundTrips", roundTrips).add("outageHours", hours).add("outages", history.outages().size())
                .add("secondsDown", down).build().toString();
    }

    /** The start of the first of the {@code hours} clock hours that end with the one {@code now} is in. */
    public static Instant firstHour(Instant now, int hours) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
    }

    /**
     * Seconds offline in each of {@code hours} clock hours from {@code first}: an outage counts in every hour it
     * overlaps, one still going on up to {@code now}, and nothing counts after {@code now}.
     */
    public static long[] secondsPerHour(List<LinkHistoryView.Outage> outages, Instant first, int hours, Instant now) {
        long[] seconds = new long[hours];
        for (LinkHistoryView.Outage outage : outages) {
            Instant end = outage.endedAt() == null || outage.endedAt().isAfter(now) ? now : outage.endedAt();
            for (int h = 0; h < hours; h++) {
                Instant from = first.plus(Duration.ofHours(h));
                Instant to = from.plus(Duration.ofHours(1));
                Instant start = outage.startedAt().isAfter(from) ? outage.startedAt() : from;
                Instant stop = end.isBefore(to) ? end : to;
                if (stop.isAfter(start)) {
                    seconds[h] += Duration.between(start, stop).toSeconds();
                }
            }
        }
        return seconds;
    }

    private static void number(JsonObjectBuilder point, String name, Double value) {
        if (value == null) {
            point.addNull(name);
        } else {
            point.add(name, value);
        }
    }
}
