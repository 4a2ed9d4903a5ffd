package io.lockernet.simulator.demo;

import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/**
 * An employee taking a dropped-off return out of its locker, as the Returns page's Retrieve does: the one
 * {@link ReturnChoice#toRetrieve} picks, so that each store keeps one on the Returns page. The call answers once the
 * door is open; the simulated locker closes it by itself, and that close makes the return RETRIEVED and its order
 * RETURNED. With a carrier, every second one is handed to the carrier instead, whose courier takes it out on its
 * route.
 */
final class Retriever {

    private static final System.Logger LOG = System.getLogger(Retriever.class.getName());

    private final StaffApi api;
    private final String carrier;
    private int turns;

    /** @param carrier the carrier that collects every second return, or null for none */
    Retriever(StaffApi api, String carrier) {
        this.api = api;
        this.carrier = carrier;
    }

    void retrieveOne(Instant now) {
        Optional<JsonObject> due = ReturnChoice.toRetrieve(api.returns("DROPPED_OFF"), now);
        if (due.isEmpty()) {
            LOG.log(Level.DEBUG, "{0}: no store has a dropped-off return to spare", api.retailer());
            return;
        }
        JsonObject dropped = due.get();
        try {
            if (carrier != null && ++turns % 2 == 0) {
                api.handReturnToCarrier(dropped.getJsonNumber("id").longValue(), carrier);
                LOG.log(Level.INFO, "{0}: the return of {1} in {2} is handed to carrier {3}", api.retailer(),
                        dropped.getString("reference", "?"), dropped.getString("locker", "?"), carrier);
                return;
            }
            api.retrieve(dropped.getJsonNumber("id").longValue());
            LOG.log(Level.INFO, "{0}: the return of {1} is taken out of {2} {3}; the door closes by itself",
                    api.retailer(), dropped.getString("reference", "?"), dropped.getString("locker", "?"),
                    dropped.getString("compartment", "?"));
        } catch (StaffApiException e) {
            if (e.status() != StaffApi.CONFLICT) {
                throw e;
            }
            LOG.log(Level.INFO, "{0}: the return of {1} is not taken out: {2}", api.retailer(),
                    dropped.getString("reference", "?"), e.getMessage());
        }
    }
}
