package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Customers who bring an order back: a while after some pickups ({@link ReturnChoice}), the retailer's staff start a
 * return, the customer is mailed a return code and comes with it like any customer ({@link Customers}). The pickup
 * is known from the customer who typed the code; which retailer the order is of is asked when the return is due,
 * since two retailers sharing a store may have orders of the same reference. Planned returns live in this process
 * only: after a restart the pickups before it are not returned, and the Partner's 409 keeps a return from being
 * started twice.
 */
final class ReturnRequests {

    private static final System.Logger LOG = System.getLogger(ReturnRequests.class.getName());

    private final List<StaffApi> retailers;
    private final ReturnChoice choice;
    private final PriorityQueue<Planned> planned = new PriorityQueue<>(Comparator.comparing(Planned::due));

    ReturnRequests(List<StaffApi> retailers, ReturnChoice choice) {
        this.retailers = List.copyOf(retailers);
        this.choice = choice;
    }

    /** A customer typed the pickup code of this order at {@code now}: perhaps it comes back. */
    void collected(String reference, Instant now) {
        Optional<Instant> due = choice.returnAfterPickup(reference, now);
        if (due.isPresent()) {
            planned.add(new Planned(reference, due.get()));
            LOG.log(Level.INFO, "the customer of {0} will bring it back in about {1} min", reference,
                    String.valueOf(Duration.between(now, due.get()).toMinutes()));
        }
    }

    /** Starts the returns that are due; one that fails is not tried again (the customer keeps the order). */
    void tick(Instant now) {
        while (!planned.isEmpty() && !planned.peek().due().isAfter(now)) {
            String reference = planned.poll().reference();
            try {
                start(reference);
            } catch (StaffApiException e) {
                LOG.log(Level.WARNING, "the return of {0} is not started ({1}); the customer keeps it", reference,
                        e.getMessage());
            }
        }
    }

    private void start(String reference) {
        for (StaffApi retailer : retailers) {
            Optional<JsonObject> order = retailer.order(reference);
            if (order.isEmpty() || !order.get().getString("state", "").equals("COLLECTED")) {
                continue;
            }
            String store = order.get().getString("store", "");
            long underWay = retailer.returnsUnderWay().stream()
                    .filter(r -> store.equals(r.getString("store", ""))).count();
            if (!ReturnChoice.roomForReturn(underWay)) {
                LOG.log(Level.INFO, "{0}: {1} has {2} returns under way; the customer of {3} keeps it",
                        retailer.retailer(), store, String.valueOf(underWay), reference);
                return;
            }
            if (startReturn(retailer, reference)) {
                return;
            }
        }
    }

    /**
     * Staff start the return of a collected order, as the staff app's Start return does; false, and a line in the log,
     * when the Partner refuses (the order not COLLECTED, a return under way, no free compartment).
     */
    static boolean startReturn(StaffApi retailer, String reference) {
        try {
            JsonObject started = retailer.startReturn(reference);
            LOG.log(Level.INFO, "{0}: return of {1} started, {2} {3} held for it; the customer is e-mailed the return "
                    + "code", retailer.retailer(), reference, started.getString("locker", "?"),
                    started.getString("compartment", "?"));
            return true;
        } catch (StaffApiException e) {
            if (e.status() != StaffApi.CONFLICT) {
                throw e;
            }
            LOG.log(Level.INFO, "{0}: no return of {1}: {2}", retailer.retailer(), reference, e.getMessage());
            return false;
        }
    }

    private record Planned(String reference, Instant due) {
    }
}
