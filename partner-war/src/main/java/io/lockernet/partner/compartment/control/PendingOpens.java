package io.lockernet.partner.compartment.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens this deployment is waiting on, by impulse id. The first state that settles the question (door open, or the
 * impulse ended without it) completes the wait; later reports for the same impulse find nothing waiting.
 */
@ApplicationScoped
public class PendingOpens {

    static final Set<String> SETTLING = Set.of("DOOR_OPEN", "DOOR_CLOSED", "REFUSED", "EXPIRED", "FAILED");

    private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

    public CompletableFuture<String> await(String impulse) {
        CompletableFuture<String> settled = waiting.computeIfAbsent(impulse, id -> new CompletableFuture<>());
        settled.whenComplete((state, error) -> waiting.remove(impulse, settled));
        return settled;
    }

    /** A state change heard from the Core; settles the wait on the impulse if the state is settling. */
    public void stateChanged(String impulse, String state) {
        if (SETTLING.contains(state)) {
            CompletableFuture<String> settled = waiting.get(impulse);
            if (settled != null) {
                settled.complete(state);
            }
        }
    }

    public void forget(String impulse) {
        CompletableFuture<String> settled = waiting.remove(impulse);
        if (settled != null) {
            settled.cancel(false);
        }
    }
}
