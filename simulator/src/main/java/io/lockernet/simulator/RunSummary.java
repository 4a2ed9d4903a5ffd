package io.lockernet.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * What a run did, in numbers that add up across processes: a split run's children each send theirs as one JSON line
 * ({@link #toJson}), and the parent prints their sum ({@link #plus}) as if one process had run every locker.
 */
final class RunSummary {

    /** The key that marks a JSON line as a summary, with the version of its layout. */
    static final String FORMAT = "lockernetSimulatorSummary";
    private static final int FORMAT_VERSION = 1;

    /** Counters; each sums over processes because every process runs its own lockers. */
    enum Count {
        LOCKERS, HOSTILE_LOCKERS, EVER_WELCOMED, CONNECTED_AT_END, UNEXPECTED_DISCONNECTS, MESSAGES_SENT,
        MESSAGES_RECEIVED, FRAMES_SENT, FRAMES_RECEIVED, MALFORMED_RECEIVED, COMMANDS, ACCEPTED, EXPIRED, REJECTED
    }

    private final Map<Count, Long> counts;
    private final SortedMap<Integer, Long> failuresByCode;
    private final SortedMap<Integer, Long> refusalsByCode;
    /** Microseconds from command receipt to door-open sent. */
    private final Histogram roundTrips;

    /**
     * @param failuresByCode connections that failed or were refused, by close code (hostile lockers' refusals aside)
     * @param refusalsByCode hostile lockers refused, by the close code they got
     */
    RunSummary(Map<Count, Long> counts, Map<Integer, Long> failuresByCode, Map<Integer, Long> refusalsByCode,
               Histogram roundTrips) {
        this.counts = new EnumMap<>(Count.class);
        for (Count count : Count.values()) {
            this.counts.put(count, counts.getOrDefault(count, 0L));
        }
        this.failuresByCode = new TreeMap<>(failuresByCode);
        this.refusalsByCode = new TreeMap<>(refusalsByCode);
        this.roundTrips = new Histogram(3);
        this.roundTrips.add(roundTrips);
    }

    long count(Count count) {
        return counts.get(count);
    }

    boolean everyLockerWelcomed() {
        return count(Count.EVER_WELCOMED) == count(Count.LOCKERS);
    }

    RunSummary plus(RunSummary other) {
        Map<Count, Long> sum = new EnumMap<>(Count.class);
        counts.forEach((count, value) -> sum.put(count, value + other.count(count)));
        Histogram both = roundTrips.copy();
        both.add(other.roundTrips);
        return new RunSummary(sum, add(failuresByCode, other.failuresByCode), add(refusalsByCode, other.refusalsByCode),
                both);
    }

    void print(PrintStream out) {
        out.println("--- lockernet simulator summary ---");
        out.printf("lockers: %d configured, %d welcomed at least once, %d connected when stopped%n",
                count(Count.LOCKERS), count(Count.EVER_WELCOMED), count(Count.CONNECTED_AT_END));
        out.printf("disconnects: %d unexpected (outages included)%n", count(Count.UNEXPECTED_DISCONNECTS));
        out.printf("messages: %d sent, %d received%n", count(Count.MESSAGES_SENT), count(Count.MESSAGES_RECEIVED));
        out.printf("frames: %d sent, %d received%n", count(Count.FRAMES_SENT), count(Count.FRAMES_RECEIVED));
        out.printf("commands: %d received, %d accepted, %d expired, %d rejected%n", count(Count.COMMANDS),
                count(Count.ACCEPTED), count(Count.EXPIRED), count(Count.REJECTED));
        if (roundTrips.getTotalCount() == 0) {
            out.println("command to door open: no samples");
        } else {
            out.printf(Locale.ROOT, "command to door open (ms): p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f "
                            + "(%d samples)%n", percentile(50), percentile(90), percentile(99), percentile(99.9),
                    roundTrips.getMaxValue() / 1_000.0, roundTrips.getTotalCount());
        }
        out.printf("errors: %d failed or refused connections%s, %d malformed frames received%n",
                total(failuresByCode), byCode(failuresByCode), count(Count.MALFORMED_RECEIVED));
        if (count(Count.HOSTILE_LOCKERS) > 0) {
            out.printf("hostile lockers refused: %d of %d%s%n", total(refusalsByCode), count(Count.HOSTILE_LOCKERS),
                    byCode(refusalsByCode));
        }
    }

    /** One line of JSON, the histogram compressed and in Base64. */
    String toJson() {
        JsonObjectBuilder countsJson = Json.createObjectBuilder();
        counts.forEach((count, value) -> countsJson.add(key(count), value));
        ByteBuffer buffer = ByteBuffer.allocate(roundTrips.getNeededByteBufferCapacity());
        int length = roundTrips.encodeIntoCompressedByteBuffer(buffer);
        return Json.createObjectBuilder()
                .add(FORMAT, FORMAT_VERSION)
                .add("counts", countsJson)
                .add("failuresByCode", codesJson(failuresByCode))
                .add("refusalsByCode", codesJson(refusalsByCode))
                .add("roundTripMicros", Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length)))
                .build().toString();
    }

    /** The summary on this line, if it is one; any other output is not. */
    static Optional<RunSummary> fromJson(String line) {
        if (!line.startsWith("{") || !line.contains(FORMAT)) {
            return Optional.empty();
        }
        try {
            JsonObject json = Json.createReader(new StringReader(line)).readObject();
            if (json.getInt(FORMAT, -1) != FORMAT_VERSION) {
                return Optional.empty();
            }
            Map<Count, Long> counts = new EnumMap<>(Count.class);
            JsonObject countsJson = json.getJsonObject("counts");
            for (Count count : Count.values()) {
                counts.put(count, countsJson.containsKey(key(count)) ? countsJson.getJsonNumber(key(count)).longValue()
                        : 0L);
            }
            byte[] histogram = Base64.getDecoder().decode(json.getString("roundTripMicros"));
            return Optional.of(new RunSummary(counts, codes(json.getJsonObject("failuresByCode")),
                    codes(json.getJsonObject("refusalsByCode")),
                    Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(histogram), 0)));
        } catch (RuntimeException | DataFormatException e) {
            // JSON-P tells of a missing or mistyped field with NullPointerException or ClassCastException
            throw new IllegalArgumentException("not a readable simulator summary: " + line, e);
        }
    }

    private double percentile(double percent) {
        return roundTrips.getValueAtPercentile(percent) / 1_000.0;
    }

    private static String key(Count count) {
        String[] words = count.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    private static JsonObjectBuilder codesJson(Map<Integer, Long> byCode) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        byCode.forEach((code, value) -> json.add(String.valueOf(code), value));
        return json;
    }

    private static Map<Integer, Long> codes(JsonObject json) {
        return json.keySet().stream().collect(Collectors.toMap(Integer::valueOf,
                code -> json.getJsonNumber(code).longValue()));
    }

    private static SortedMap<Integer, Long> add(Map<Integer, Long> a, Map<Integer, Long> b) {
        SortedMap<Integer, Long> sum = new TreeMap<>(a);
        b.forEach((code, value) -> sum.merge(code, value, Long::sum));
        return sum;
    }

    private static long total(Map<Integer, Long> byCode) {
        return byCode.values().stream().mapToLong(Long::longValue).sum();
    }

    /** " (4403 x1, 4429 x2)"; nothing when there is nothing. */
    private static String byCode(Map<Integer, Long> byCode) {
        if (byCode.isEmpty()) {
            return "";
        }
        return byCode.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
