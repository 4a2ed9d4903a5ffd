package io.lockernet.simulator.demo;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which store gets the next order and which one deposits next. The demo keeps every store with orders waiting (a
 * newcomer must find some) without letting them pile up, and keeps its parcels to a few per store so that staff always
 * find free compartments for their own deposits: new orders go to the store with the fewest waiting, deposits come
 * from the store with the most, ties at random.
 */
final class StoreChoice {

    /** No new order for a store with this many waiting. */
    static final int MOST_WAITING = 6;
    /** Deposits leave at least this many orders waiting at a store. */
    static final int LEAST_WAITING = 2;
    /**
     * No deposit for a store with this many of the retailer's parcels in its lockers, counting its returns under way
     * (each holds a compartment too): the shared locker of the demo (L-0005, eight compartments, both retailers) keeps
     * a few free for staff.
     */
    static final int MOST_IN_LOCKERS = 3;
    /** The seed deposits until a store has this many parcels in its lockers. */
    static final int SEEDED_IN_LOCKERS = 2;

    private final RandomGenerator random;

    StoreChoice(RandomGenerator random) {
        this.random = random;
    }

    /** The store for a new order: the one with the fewest waiting, if any has room. */
    Optional<String> forNewOrder(Collection<String> stores, Map<String, Long> waiting) {
        List<String> room = stores.stream().filter(s -> count(waiting, s) < MOST_WAITING).toList();
        return pick(room, Comparator.comparingLong(s -> count(waiting, s)));
    }

    /** The store to deposit an order of: the one with the most waiting, if any has orders to spare and room. */
    Optional<String> toDepositFrom(Collection<String> stores, Map<String, Long> waiting, Map<String, Long> inLockers) {
        List<String> candidates = stores.stream()
                .filter(s -> count(waiting, s) > LEAST_WAITING && count(inLockers, s) < MOST_IN_LOCKERS).toList();
        return pick(candidates, Comparator.comparingLong((String s) -> count(waiting, s)).reversed());
    }

    /** How many orders the seed deposits at a store that has {@code inLockers} parcels already: none on a re-run. */
    static int seedDeposits(long inLockers) {
        return (int) Math.max(0, SEEDED_IN_LOCKERS - inLockers);
    }

    /** The first by {@code order}, at random among equals. */
    private Optional<String> pick(List<String> candidates, Comparator<String> order) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String best = candidates.stream().min(order).orElseThrow();
        List<String> equals = candidates.stream().filter(s -> order.compare(s, best) == 0).toList();
        return Optional.of(equals.get(random.nextInt(equals.size())));
    }

    private static long count(Map<String, Long> counts, String store) {
        return counts.getOrDefault(store, 0L);
    }
}
