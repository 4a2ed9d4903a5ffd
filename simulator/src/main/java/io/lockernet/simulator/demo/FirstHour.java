package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A retailer's quick first hour: within a minute or two of the start its staff app shows a COLLECTED order with a
 * return under way, rather than whenever the stream's one return in {@link ReturnChoice#ONE_IN} comes. Decided anew
 * from what the staff API shows at each look, every {@link #LOOK_AGAIN}, so that a restart neither repeats it nor
 * misses it: a retailer with a return under way needs nothing; else a collected demo order gets its return at once;
 * else the customer of the oldest demo parcel in the lockers is asked to come at once ({@link Visits#hurry}), and a
 * later look finds the order collected. After {@link #GIVE_UP} (no parcel, no mail server, lockers offline) the
 * stream alone goes on.
 */
final class FirstHour {

    private static final System.Logger LOG = System.getLogger(FirstHour.class.getName());

    static final Duration LOOK_AGAIN = Duration.ofSeconds(10);
    static final Duration GIVE_UP = Duration.ofMinutes(15);

    private final StaffApi api;
    private final Visits visits;
    /** Collected orders whose return was refused: not asked again. */
    private final Set<String> refused = new HashSet<>();
    private Instant giveUp;
    private Instant nextLook = Instant.MIN;
    private String hurried;
    private boolean over;

    FirstHour(StaffApi api, Visits visits) {
        this.api = api;
        this.visits = visits;
    }

    /** Looks when a look is due; a failure is thrown for the caller to log, and the next look comes all the same. */
    void tick(Instant now) {
        if (over || now.isBefore(nextLook)) {
            return;
        }
        if (giveUp == null) {
            giveUp = now.plus(GIVE_UP);
        }
        if (now.isAfter(giveUp)) {
            over = true;
            LOG.log(Level.INFO, "{0}: no order was collected and returned in the first {1} min; the stream goes on",
                    api.retailer(), String.valueOf(GIVE_UP.toMinutes()));
            return;
        }
        nextLook = now.plus(LOOK_AGAIN);
        look(now);
    }

    private void look(Instant now) {
        if (!api.returnsUnderWay().isEmpty()) {
            over = true;
            LOG.log(Level.INFO, "{0}: a return is under way; the first hour has what it needs", api.retailer());
            return;
        }
        Optional<String> collected = toReturn(api.orders("COLLECTED"), refused);
        if (collected.isPresent()) {
            if (ReturnRequests.startReturn(api, collected.get())) {
                over = true;
            } else {
                refused.add(collected.get());
            }
            return;
        }
        Optional<String> deposited = toHurry(api.orders("DEPOSITED"));
        if (deposited.isPresent() && !deposited.get().equals(hurried)) {
            hurried = deposited.get();
            visits.hurry(hurried, now);
            LOG.log(Level.INFO, "{0}: the customer of {1} comes at once, and the order is returned soon after",
                    api.retailer(), hurried);
        }
    }

    /** Of the collected orders ({@code GET /orders?state=COLLECTED}, oldest first), the demo's newest not refused. */
    static Optional<String> toReturn(List<JsonObject> collected, Set<String> refused) {
        for (int i = collected.size() - 1; i >= 0; i--) {
            String reference = collected.get(i).getString("reference", "");
            if (RetailerStores.isDemo(collected.get(i)) && !refused.contains(reference)) {
                return Optional.of(reference);
            }
        }
        return Optional.empty();
    }

    /** Of the orders in the lockers ({@code GET /orders?state=DEPOSITED}, oldest first), the demo's oldest. */
    static Optional<String> toHurry(List<JsonObject> deposited) {
        return deposited.stream().filter(RetailerStores::isDemo).map(o -> o.getString("reference")).findFirst();
    }
}
