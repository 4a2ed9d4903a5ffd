package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A retailer's stores as its staff API shows them: each locker it may use stands at a store ({@code GET /lockers}),
 * and a store with at least one such locker is a store the demo keeps busy. The employee of a deposit stands at one
 * of the store's online lockers, at random, so that each locker of a store gets parcels.
 */
final class RetailerStores {

    /** Store to the ids of its lockers that are online; a store whose lockers are all offline has an empty list. */
    private final Map<String, List<String>> online;

    private RetailerStores(Map<String, List<String>> online) {
        this.online = online;
    }

    /** From the answer of {@code GET /lockers}: {@code id}, {@code store}, {@code online} of each locker. */
    static RetailerStores of(Collection<JsonObject> lockers) {
        Map<String, List<String>> online = new TreeMap<>();
        for (JsonObject locker : lockers) {
            String store = locker.getString("store", "");
            if (store.isBlank()) {
                continue;
            }
            List<String> ids = online.computeIfAbsent(store, s -> new ArrayList<>());
            if (locker.getBoolean("online", false)) {
                ids.add(locker.getString("id"));
            }
        }
        return new RetailerStores(online);
    }

    Set<String> stores() {
        return online.keySet();
    }

    /** A locker of the store to stand at for a deposit, among those online; empty when none is. */
    Optional<String> lockerToStandAt(String store, RandomGenerator random) {
        List<String> ids = online.getOrDefault(store, List.of());
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
    }

    /** Orders ({@code GET /orders} documents) or returns by store, those of the demo only if {@code demoOnly}. */
    static Map<String, Long> countByStore(Collection<JsonObject> orders, boolean demoOnly) {
        return orders.stream().filter(o -> !demoOnly || isDemo(o))
                .collect(Collectors.groupingBy(o -> o.getString("store", ""), Collectors.counting()));
    }

    /**
     * An order the demo entered (or the return of one), which it may deposit and return; staff's own orders are
     * theirs to deposit and return.
     */
    static boolean isDemo(JsonObject order) {
        return order.getString("reference", "").startsWith(DemoOrders.PREFIX);
    }
}
