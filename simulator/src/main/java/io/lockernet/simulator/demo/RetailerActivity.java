package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One retailer's share of the demo: first its {@link Seed} (tried again every {@link #SEED_AGAIN} until it works:
 * the staff app may still be starting), then its {@link FirstHour} and, each at its own turn of the {@link Pace}, a
 * new order now and then, a deposit now and then (every third handed to the demo carrier instead, whose couriers
 * bring it), at the stores {@link StoreChoice} picks, and a dropped-off return retrieved now and then
 * ({@link Retriever}). Each step moves its next time on before it acts, so a step that fails
 * waits for its next turn instead of being retried at once.
 */
final class RetailerActivity {

    private static final System.Logger LOG = System.getLogger(RetailerActivity.class.getName());

    static final Duration SEED_AGAIN = Duration.ofMinutes(1);
    /** With a carrier: every third order goes into the locker by courier instead of by staff. */
    static final int CARRIER_EVERY = 3;

    private final StaffApi api;
    private final Seed seed;
    private final DemoOrders orders;
    private final Depositor depositor;
    private final Retriever retriever;
    private final FirstHour firstHour;
    private final StoreChoice choice;
    private final Pace pace;
    private final String carrier;
    private int deposits;
    private boolean seeded;
    private Instant nextSeed = Instant.MIN;
    private Instant nextOrder;
    private Instant nextDeposit;
    private Instant nextRetrieval;

    RetailerActivity(StaffApi api, Seed seed, DemoOrders orders, Depositor depositor, Retriever retriever,
                     FirstHour firstHour, StoreChoice choice, Pace pace, String carrier) {
        this.api = api;
        this.seed = seed;
        this.orders = orders;
        this.depositor = depositor;
        this.retriever = retriever;
        this.firstHour = firstHour;
        this.choice = choice;
        this.pace = pace;
        this.carrier = carrier;
    }

    String retailer() {
        return api.retailer();
    }

    /** Does what is due at {@code now}; a failure is thrown for the caller to log, and the step waits its turn. */
    void tick(Instant now) {
        if (!seeded) {
            if (now.isBefore(nextSeed)) {
                return;
            }
            nextSeed = now.plus(SEED_AGAIN);
            seed.run();
            seeded = true;
            nextOrder = pace.first(now);
            nextDeposit = pace.first(now);
            nextRetrieval = pace.first(now);
            return;
        }
        if (!now.isBefore(nextOrder)) {
            nextOrder = pace.next(now);
            newOrder(now);
        }
        if (!now.isBefore(nextDeposit)) {
            nextDeposit = pace.next(now);
            depositOne();
        }
        if (!now.isBefore(nextRetrieval)) {
            nextRetrieval = pace.next(now);
            retriever.retrieveOne(now);
        }
        firstHour.tick(now);
    }

    private void newOrder(Instant now) {
        RetailerStores stores = RetailerStores.of(api.lockers());
        Map<String, Long> waiting = RetailerStores.countByStore(api.orders("OPEN"), true);
        Optional<String> store = choice.forNewOrder(stores.stores(), waiting);
        if (store.isEmpty()) {
            LOG.log(Level.DEBUG, "{0}: every store has orders enough waiting", api.retailer());
            return;
        }
        JsonObject order = orders.next(store.get(), now);
        if (api.createOrder(order)) {
            LOG.log(Level.INFO, "{0}: new order {1} for {2}, {3} waiting there", api.retailer(),
                    order.getString("reference"), store.get(), String.valueOf(waiting.getOrDefault(store.get(), 0L) + 1));
        }
    }

    private void depositOne() {
        RetailerStores stores = RetailerStores.of(api.lockers());
        List<JsonObject> open = api.orders("OPEN");
        Map<String, Long> waiting = RetailerStores.countByStore(open, true);
        List<JsonObject> held = Stream.concat(api.orders("DEPOSITED").stream(), api.returnsUnderWay().stream())
                .toList();
        Map<String, Long> inLockers = RetailerStores.countByStore(held, false); // returns hold compartments too
        Optional<String> store = choice.toDepositFrom(stores.stores(), waiting, inLockers);
        if (store.isEmpty()) {
            LOG.log(Level.DEBUG, "{0}: no store has an order to spare and room for it", api.retailer());
            return;
        }
        Optional<JsonObject> oldest = open.stream().filter(RetailerStores::isDemo)
                .filter(o -> store.get().equals(o.getString("store", ""))).findFirst();
        if (oldest.isEmpty()) {
            return;
        }
        String reference = oldest.get().getString("reference");
        if (carrier != null && ++deposits % CARRIER_EVERY == 0) {
            if (api.handToCarrier(reference, carrier)) {
                LOG.log(Level.INFO, "{0}: order {1} handed to carrier {2}", api.retailer(), reference, carrier);
            }
        } else {
            depositor.deposit(reference, store.get(), stores);
        }
    }
}
