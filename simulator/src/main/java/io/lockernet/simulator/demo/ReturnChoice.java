package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Which collected orders come back, and which dropped-off returns staff take out. About one demo order in
 * {@link #ONE_IN} is returned a while after its pickup, so that the staff app's Returns page fills without returns
 * outnumbering pickups; a store holds at most {@link #MOST_UNDER_WAY} of the retailer's returns at once, since each
 * holds a compartment that staff may need for a deposit. Staff retrieve a dropped-off return only while its store has
 * more than {@link #KEEP_DROPPED_OFF} waiting, and only once it has waited {@link #RETRIEVE_AFTER}: a newcomer always
 * finds one to retrieve, and sees it DROPPED_OFF before it is gone.
 */
final class ReturnChoice {

    static final int ONE_IN = 4;
    /** A return is started between these after the pickup. */
    static final Duration SOONEST = Duration.ofMinutes(2);
    static final Duration LATEST = Duration.ofMinutes(10);
    static final int MOST_UNDER_WAY = 2;
    static final int KEEP_DROPPED_OFF = 1;
    static final Duration RETRIEVE_AFTER = Duration.ofMinutes(3);

    private final RandomGenerator random;

    ReturnChoice(RandomGenerator random) {
        this.random = random;
    }

    /**
     * When the return of an order collected at {@code collected} is started; empty for one the customer keeps, and for
     * orders staff entered (those are theirs to return).
     */
    Optional<Instant> returnAfterPickup(String reference, Instant collected) {
        if (!reference.startsWith(DemoOrders.PREFIX) || random.nextInt(ONE_IN) != 0) {
            return Optional.empty();
        }
        long spread = LATEST.minus(SOONEST).toMillis();
        return Optional.of(collected.plus(SOONEST).plusMillis(random.nextLong(spread + 1)));
    }

    /** Whether a store with {@code underWay} of the retailer's returns (awaiting or dropped off) may have one more. */
    static boolean roomForReturn(long underWay) {
        return underWay < MOST_UNDER_WAY;
    }

    /**
     * The dropped-off return ({@code GET /returns?state=DROPPED_OFF} documents) staff take out now: of a store with
     * more than {@link #KEEP_DROPPED_OFF} waiting, the one dropped off first, if that was {@link #RETRIEVE_AFTER} ago.
     * Only the demo's own: returns of orders staff entered count as waiting but are theirs to retrieve; and none a
     * carrier collects.
     */
    static Optional<JsonObject> toRetrieve(Collection<JsonObject> droppedOff, Instant now) {
        Map<String, Long> waiting = droppedOff.stream()
                .collect(Collectors.groupingBy(r -> r.getString("store", ""), Collectors.counting()));
        Instant latest = now.minus(RETRIEVE_AFTER);
        return droppedOff.stream()
                .filter(RetailerStores::isDemo)
                .filter(r -> !r.containsKey("collectingCarrier") || r.isNull("collectingCarrier"))
                .filter(r -> waiting.get(r.getString("store", "")) > KEEP_DROPPED_OFF)
                .filter(r -> !droppedOffAt(r, now).isAfter(latest))
                .min(Comparator.comparing((JsonObject r) -> droppedOffAt(r, now)));
    }

    /** When the return was dropped off; {@code now} when the document does not say (it has not waited yet). */
    private static Instant droppedOffAt(JsonObject dropped, Instant now) {
        try {
            return Instant.parse(dropped.getString("droppedOffAt", ""));
        } catch (DateTimeParseException | ClassCastException e) {
            return now;
        }
    }
}
