package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * An employee putting an order into a locker, as the deposit wizard does: at one of the store's lockers, the
 * best-fit proposal, then reserve-and-open. The call answers once the simulated door is open; the simulated locker
 * closes it by itself after the door time, and that close makes the order DEPOSITED and sends the customer the code.
 */
final class Depositor {

    private static final System.Logger LOG = System.getLogger(Depositor.class.getName());

    private final StaffApi api;
    private final RandomGenerator random;

    Depositor(StaffApi api, RandomGenerator random) {
        this.api = api;
        this.random = random;
    }

    /** False when no locker of the store is online or no free compartment fits the order. */
    boolean deposit(String reference, String store, RetailerStores stores) {
        Optional<String> standAt = stores.lockerToStandAt(store, random);
        if (standAt.isEmpty()) {
            LOG.log(Level.INFO, "{0}: no locker of {1} is online; {2} waits", api.retailer(), store, reference);
            return false;
        }
        Optional<JsonObject> proposal = api.proposal(reference, standAt.get());
        if (proposal.isEmpty()) {
            LOG.log(Level.INFO, "{0}: no free compartment at {1} fits {2}; it waits", api.retailer(), store, reference);
            return false;
        }
        String locker = proposal.get().getString("locker");
        String compartment = proposal.get().getString("compartment");
        api.deposit(reference, locker, compartment);
        LOG.log(Level.INFO, "{0}: {1} goes into {2} {3}; the door is open and closes by itself, then the customer is "
                + "e-mailed the pickup code", api.retailer(), reference, locker, compartment);
        return true;
    }
}
